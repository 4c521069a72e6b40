// For a batch of nodes, the nodes their outgoing edges of kind $type lead to, at most $limit per node (by
// name, then element id), each as the values of $properties, in their order (only those some selected field
// can show: NodeProperties), with the edge's properties when $withEdge (only participations show them).
// On the embedded database ChildListTraversal answers the same on the Core API (ChildListTraversalTest);
// this file serves the driver execution.
// One static branch per edge kind, guarded by `$type = '...'`: only the branch of $type runs, and it expands
// only relationships of that type, which on a dense node means only that type's group (the transfer centre
// serving region:AU: 21 db hits, not the 132 of expanding all 132 of its relationships). A dynamic type
// (`[r:$($type)]`) would be shorter, but Neo4j 5.26 plans it as an expansion of every relationship and a
// filter (only 2025.08 uses type lookups for dynamic types). The branches take 1-2 s to plan on a quiet
// 2-core machine, several on a busy one, once: ChildListPlanWarmUp plans them at start-up where the driver
// runs them. CypherFilesTest checks there is one branch per EdgeKind.
// The guard comes before the UNWIND, so it is tested once per query, not once per node and branch: 100
// institutions' PARTNER_OF took 2.3-2.8 ms in-process with a guard per node, 0.9-1.1 ms so (100k network).
// Each branch hands on the name it sorted by, so the final order does not read it again; with the edges'
// properties read only when asked for, the projects of 53 European labs (835 rows, 100k network) cost
// 3,625 db hits, not 8,485.
CALL () {
  WITH * WHERE $type = 'IN_REGION' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)-[r:IN_REGION]->(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'PART_OF' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)-[r:PART_OF]->(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'LOCATED_IN' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)-[r:LOCATED_IN]->(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'RELATED_TO' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)-[r:RELATED_TO]->(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'SUCCEEDS' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)-[r:SUCCEEDS]->(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'PARTNER_OF' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)-[r:PARTNER_OF]->(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'OPERATES' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)-[r:OPERATES]->(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'PARTICIPATES_IN' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)-[r:PARTICIPATES_IN]->(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'RUNS' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)-[r:RUNS]->(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'ORGANISES' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)-[r:ORGANISES]->(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'ATTENDS' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)-[r:ATTENDS]->(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'SIGNED' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)-[r:SIGNED]->(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'SERVES' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)-[r:SERVES]->(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'IN_FIELD' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)-[r:IN_FIELD]->(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'COOPERATES_WITH' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)-[r:COOPERATES_WITH]->(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
}
RETURN id, [k IN $properties | m[k]] AS node, CASE WHEN $withEdge THEN properties(r) END AS edge
ORDER BY id, name, elementId(m)
