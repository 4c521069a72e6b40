// Every node carries the common :Entity label with a public id unique across the whole network,
// and its kind's label with the same id unique per kind.
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
