// The schema V001 to V007 leave, for a database that has none of them applied (a new one, or the one a first
// import writes as store files): applied in their place and recorded as them, in one transaction, so that a
// new database gets no index it drops again, no data migration its writers made needless, and one
// population of all the indexes below (SchemaMigrations; SchemaMigrationsTest holds it to V001-V007 applied
// one by one). At 1m, V001-V007 took 2.7-3.1 s after a first import, not counting the populations they cancel.
// A new migration V008 goes on top of this; a new baseline replaces this file.

// V001: the public id, unique across the network and per kind.
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

// V002: listing by (kind, sortKey); countries by ISO code.
CREATE INDEX entity_kind_sort_key IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.sortKey);
CREATE INDEX country_iso3 IF NOT EXISTS FOR (n:Country) ON (n.iso3);
CREATE INDEX country_iso2 IF NOT EXISTS FOR (n:Country) ON (n.iso2);

// V003 and V005: names and aliases folded to ASCII, updated after the commit.
CREATE FULLTEXT INDEX entity_names_folded IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: true}};

// V005 and V007: Chinese, Japanese and Korean names as bigrams, of the nodes labelled :CjkNamed only.
CREATE FULLTEXT INDEX entity_names_cjk IF NOT EXISTS FOR (n:CjkNamed) ON EACH [n.aliases, n.name]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};
