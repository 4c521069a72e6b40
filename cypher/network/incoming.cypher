// For a batch of nodes, the nodes whose edges of kind $type lead to them, with the edge's properties, at
// most $limit per node (in name order), each as the values of $properties, in their order. One static
// branch per edge kind, guarded by `$type = '...'`, so that only relationships of that type are expanded:
// see outgoing.cypher.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  CALL (n) {
    WITH n WHERE $type = 'IN_REGION' MATCH (n)<-[r:IN_REGION]-(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'PART_OF' MATCH (n)<-[r:PART_OF]-(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'LOCATED_IN' MATCH (n)<-[r:LOCATED_IN]-(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'RELATED_TO' MATCH (n)<-[r:RELATED_TO]-(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'SUCCEEDS' MATCH (n)<-[r:SUCCEEDS]-(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'PARTNER_OF' MATCH (n)<-[r:PARTNER_OF]-(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'OPERATES' MATCH (n)<-[r:OPERATES]-(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'PARTICIPATES_IN' MATCH (n)<-[r:PARTICIPATES_IN]-(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'RUNS' MATCH (n)<-[r:RUNS]-(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'ORGANISES' MATCH (n)<-[r:ORGANISES]-(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'ATTENDS' MATCH (n)<-[r:ATTENDS]-(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'SIGNED' MATCH (n)<-[r:SIGNED]-(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'SERVES' MATCH (n)<-[r:SERVES]-(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'IN_FIELD' MATCH (n)<-[r:IN_FIELD]-(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'COOPERATES_WITH' MATCH (n)<-[r:COOPERATES_WITH]-(m:Entity) RETURN r, m
  }
  RETURN r, m
  ORDER BY m.name
  LIMIT $limit
}
RETURN id, [k IN $properties | m[k]] AS node, properties(r) AS edge
ORDER BY id, m.name
