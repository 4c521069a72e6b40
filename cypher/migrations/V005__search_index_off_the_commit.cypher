// The full-text indexes of search are updated after the commit, by Neo4j's background index updater, not
// inside it: a bulk import's batch commits without waiting for three Lucene indexes to take its names (at
// 100k rows the institutions, with their aliases in every script, wrote at a fifth of the projects' rate).
// Writers that must be searchable when they return wait for the updater
// (ingest/await-search-index, GraphWriter.announce). An index keeps the settings it was created with, so both
// are created again, with V003's analyzers.
DROP INDEX entity_names_folded IF EXISTS;
DROP INDEX entity_names_cjk IF EXISTS;
CREATE FULLTEXT INDEX entity_names_folded IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX entity_names_cjk IF NOT EXISTS FOR (n:Entity) ON EACH [n.aliases, n.name]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};
