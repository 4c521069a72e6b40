// Search ignores case and diacritics, and matches Chinese, Japanese and Korean names by phrase (issue 14).
// An index keeps the analyzer it was created with, so entity_names (the default analyzer) is replaced by
// two indexes with Neo4j's built-in analyzers, which an external Neo4j has too:
// - entity_names_folded, 'standard-folding': lower-cases and folds to ASCII (é, ß, Đ, ı, ø, æ -> e, ss, d, i, o, ae);
// - entity_names_cjk, 'cjk': character bigrams for Han, kana and Hangul, which write words without spaces.
// Neo4j allows one full-text index per label and property list, and the list's order counts, hence
// [aliases, name] for the second index.
DROP INDEX entity_names IF EXISTS;
CREATE FULLTEXT INDEX entity_names_folded IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX entity_names_cjk IF NOT EXISTS FOR (n:Entity) ON EACH [n.aliases, n.name]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
