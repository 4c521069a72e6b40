// The index of Chinese, Japanese and Korean names holds the nodes labelled :CjkNamed (V006) only, with
// V005's settings.
DROP INDEX entity_names_cjk IF EXISTS;
CREATE FULLTEXT INDEX entity_names_cjk IF NOT EXISTS FOR (n:CjkNamed) ON EACH [n.aliases, n.name]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};
