// The schema V001-V005 leave, for a database with no migration applied yet: Flyway's baseline migration. A
// first import writes its store files with no schema, and replaying V002-V005 on them filled full-text indexes
// only to drop them (V003 replaces V002's, V005 V003's) and scanned every COOPERATES_WITH edge for a property
// no such import writes (V004). All of it in one transaction: the indexes are filled by one population job.
// SchemaMigrations records V001-V005 as applied with their own checksums; later migrations follow as usual.
// SchemaBaselineTest checks that a fresh database gets the same constraints and indexes by either way.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT joint_lab_id IF NOT EXISTS FOR (n:JointLab) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT transfer_center_id IF NOT EXISTS FOR (n:TransferCenter) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industrial_park_id IF NOT EXISTS FOR (n:IndustrialPark) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT demo_center_id IF NOT EXISTS FOR (n:DemoCenter) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT activity_id IF NOT EXISTS FOR (n:Activity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT field_id IF NOT EXISTS FOR (n:Field) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_kind_sort_key IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.sortKey);
CREATE INDEX country_iso3 IF NOT EXISTS FOR (n:Country) ON (n.iso3);
CREATE INDEX country_iso2 IF NOT EXISTS FOR (n:Country) ON (n.iso2);
CREATE FULLTEXT INDEX entity_names_folded IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX entity_names_cjk IF NOT EXISTS FOR (n:Entity) ON EACH [n.aliases, n.name]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};
