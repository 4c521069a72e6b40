// Search's index of Chinese, Japanese and Korean names (entity_names_cjk) needs only the nodes whose name or
// aliases hold a Han, kana or Hangul character: a text goes to that index only when it has one, and every hit
// shares it. Such nodes get the label :CjkNamed, which every writer keeps from now on (CjkNames); V007
// rebuilds the index on it. At 1m 1,955 of 192,205 nodes have the label, and the index, populated on all of
// them, took as long as the folded one after a first import (2.5-2.7 s of the import's 22-23 s).
// The pattern is CjkNames.TEXT_PATTERN (SchemaMigrationsTest holds them equal).
MATCH (n:Entity)
WHERE any(text IN [n.name] + coalesce(n.aliases, [])
          WHERE text IS NOT NULL AND text =~ '(?s).*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}].*')
SET n:CjkNamed;
