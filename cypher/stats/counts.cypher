// The number of nodes of every kind and edges of every type, each read from Neo4j's count store
// (NodeCountFromCountStore / RelationshipCountFromCountStore): no scan, and only read rights needed, where
// db.stats.retrieve is an admin procedure. One branch per Kind label and EdgeKind type; CypherFilesTest
// checks that every one of them is here. Counting before naming the row keeps the count ungrouped, which
// is what lets the planner read it from the count store.
MATCH (n:Region) WITH count(n) AS count RETURN 'Region' AS kind, false AS edge, count
UNION ALL
MATCH (n:Country) WITH count(n) AS count RETURN 'Country' AS kind, false AS edge, count
UNION ALL
MATCH (n:Institution) WITH count(n) AS count RETURN 'Institution' AS kind, false AS edge, count
UNION ALL
MATCH (n:JointLab) WITH count(n) AS count RETURN 'JointLab' AS kind, false AS edge, count
UNION ALL
MATCH (n:TransferCenter) WITH count(n) AS count RETURN 'TransferCenter' AS kind, false AS edge, count
UNION ALL
MATCH (n:IndustrialPark) WITH count(n) AS count RETURN 'IndustrialPark' AS kind, false AS edge, count
UNION ALL
MATCH (n:DemoCenter) WITH count(n) AS count RETURN 'DemoCenter' AS kind, false AS edge, count
UNION ALL
MATCH (n:Project) WITH count(n) AS count RETURN 'Project' AS kind, false AS edge, count
UNION ALL
MATCH (n:Activity) WITH count(n) AS count RETURN 'Activity' AS kind, false AS edge, count
UNION ALL
MATCH (n:Agreement) WITH count(n) AS count RETURN 'Agreement' AS kind, false AS edge, count
UNION ALL
MATCH (n:Field) WITH count(n) AS count RETURN 'Field' AS kind, false AS edge, count
UNION ALL
MATCH ()-[r:IN_REGION]->() WITH count(r) AS count RETURN 'IN_REGION' AS kind, true AS edge, count
UNION ALL
MATCH ()-[r:PART_OF]->() WITH count(r) AS count RETURN 'PART_OF' AS kind, true AS edge, count
UNION ALL
MATCH ()-[r:LOCATED_IN]->() WITH count(r) AS count RETURN 'LOCATED_IN' AS kind, true AS edge, count
UNION ALL
MATCH ()-[r:RELATED_TO]->() WITH count(r) AS count RETURN 'RELATED_TO' AS kind, true AS edge, count
UNION ALL
MATCH ()-[r:SUCCEEDS]->() WITH count(r) AS count RETURN 'SUCCEEDS' AS kind, true AS edge, count
UNION ALL
MATCH ()-[r:PARTNER_OF]->() WITH count(r) AS count RETURN 'PARTNER_OF' AS kind, true AS edge, count
UNION ALL
MATCH ()-[r:OPERATES]->() WITH count(r) AS count RETURN 'OPERATES' AS kind, true AS edge, count
UNION ALL
MATCH ()-[r:PARTICIPATES_IN]->() WITH count(r) AS count RETURN 'PARTICIPATES_IN' AS kind, true AS edge, count
UNION ALL
MATCH ()-[r:RUNS]->() WITH count(r) AS count RETURN 'RUNS' AS kind, true AS edge, count
UNION ALL
MATCH ()-[r:ORGANISES]->() WITH count(r) AS count RETURN 'ORGANISES' AS kind, true AS edge, count
UNION ALL
MATCH ()-[r:ATTENDS]->() WITH count(r) AS count RETURN 'ATTENDS' AS kind, true AS edge, count
UNION ALL
MATCH ()-[r:SIGNED]->() WITH count(r) AS count RETURN 'SIGNED' AS kind, true AS edge, count
UNION ALL
MATCH ()-[r:SERVES]->() WITH count(r) AS count RETURN 'SERVES' AS kind, true AS edge, count
UNION ALL
MATCH ()-[r:IN_FIELD]->() WITH count(r) AS count RETURN 'IN_FIELD' AS kind, true AS edge, count
UNION ALL
MATCH ()-[r:COOPERATES_WITH]->() WITH count(r) AS count RETURN 'COOPERATES_WITH' AS kind, true AS edge, count
