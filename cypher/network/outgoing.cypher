// For a batch of nodes, the nodes their outgoing edges of kind $type lead to, with the edge's properties,
// at most $limit per node (in name order), each as the values of $properties, in their order (only those
// some selected field can show: NodeProperties).
// One static branch per edge kind, guarded by `$type = '...'`: only the branch of $type runs, and it expands
// only relationships of that type, which on a dense node means only that type's group (the transfer centre
// serving region:AU: 21 db hits, not the 132 of expanding all 132 of its relationships). A dynamic type
// (`[r:$($type)]`) would be shorter, but Neo4j 5.26 plans it as an expansion of every relationship and a
// filter (only 2025.08 uses type lookups for dynamic types). The branches take 0.5-0.9 s to plan, once:
// ChildListPlanWarmUp plans them at start-up. CypherFilesTest checks there is one branch per EdgeKind.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  CALL (n) {
    WITH n WHERE $type = 'IN_REGION' MATCH (n)-[r:IN_REGION]->(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'PART_OF' MATCH (n)-[r:PART_OF]->(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'LOCATED_IN' MATCH (n)-[r:LOCATED_IN]->(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'RELATED_TO' MATCH (n)-[r:RELATED_TO]->(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'SUCCEEDS' MATCH (n)-[r:SUCCEEDS]->(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'PARTNER_OF' MATCH (n)-[r:PARTNER_OF]->(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'OPERATES' MATCH (n)-[r:OPERATES]->(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'PARTICIPATES_IN' MATCH (n)-[r:PARTICIPATES_IN]->(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'RUNS' MATCH (n)-[r:RUNS]->(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'ORGANISES' MATCH (n)-[r:ORGANISES]->(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'ATTENDS' MATCH (n)-[r:ATTENDS]->(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'SIGNED' MATCH (n)-[r:SIGNED]->(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'SERVES' MATCH (n)-[r:SERVES]->(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'IN_FIELD' MATCH (n)-[r:IN_FIELD]->(m:Entity) RETURN r, m
    UNION ALL
    WITH n WHERE $type = 'COOPERATES_WITH' MATCH (n)-[r:COOPERATES_WITH]->(m:Entity) RETURN r, m
  }
  RETURN r, m
  ORDER BY m.name
  LIMIT $limit
}
RETURN id, [k IN $properties | m[k]] AS node, properties(r) AS edge
ORDER BY id, m.name
