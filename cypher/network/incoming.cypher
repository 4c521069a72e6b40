// For a batch of nodes, the nodes whose edges of kind $type lead to them, at most $limit per node (by name,
// then element id), each as the values of $properties, in their order, with the edge's properties when
// $withEdge. ChildListTraversal answers the same on the embedded database.
// One static branch per edge kind, guarded by `$type = '...'`, so that only relationships of that type are
// expanded: see outgoing.cypher.
CALL () {
  WITH * WHERE $type = 'IN_REGION' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)<-[r:IN_REGION]-(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'PART_OF' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)<-[r:PART_OF]-(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'LOCATED_IN' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)<-[r:LOCATED_IN]-(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'RELATED_TO' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)<-[r:RELATED_TO]-(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'SUCCEEDS' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)<-[r:SUCCEEDS]-(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'PARTNER_OF' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)<-[r:PARTNER_OF]-(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'OPERATES' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)<-[r:OPERATES]-(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'PARTICIPATES_IN' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)<-[r:PARTICIPATES_IN]-(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'RUNS' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)<-[r:RUNS]-(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'ORGANISES' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)<-[r:ORGANISES]-(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'ATTENDS' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)<-[r:ATTENDS]-(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'SIGNED' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)<-[r:SIGNED]-(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'SERVES' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)<-[r:SERVES]-(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'IN_FIELD' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)<-[r:IN_FIELD]-(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
  UNION ALL
  WITH * WHERE $type = 'COOPERATES_WITH' UNWIND $ids AS id MATCH (n:Entity {id: id})
  CALL (n) { MATCH (n)<-[r:COOPERATES_WITH]-(m:Entity) RETURN r, m, m.name AS name ORDER BY name, elementId(m) LIMIT $limit } RETURN id, r, m, name
}
RETURN id, [k IN $properties | m[k]] AS node, CASE WHEN $withEdge THEN properties(r) END AS edge
ORDER BY id, name, elementId(m)
