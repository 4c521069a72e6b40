// For a batch of nodes, the nodes their outgoing edges of kind $type lead to, with the edge's properties,
// at most $limit per node (in name order).
// Only edges of $type are expanded, never every relationship of a hub: Neo4j 5.26 plans a dynamic type
// in MATCH, (n)-[r:$($type)]->(m), as an expansion of every relationship followed by a filter (measured:
// the same db hits as `WHERE type(r) = $type`; its docs say only 2025.08 starts using type lookups for
// them). So there is one branch per edge kind, each with a static type; the planner tests `$type = '...'`
// before the branch expands, and only the branch of $type reads anything. CypherFilesTest checks that
// every EdgeKind has its branch here and in incoming.cypher.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  CALL (n) {
    MATCH (n)-[r:IN_REGION]->(m:Entity) WHERE $type = 'IN_REGION' RETURN r, m
    UNION ALL
    MATCH (n)-[r:PART_OF]->(m:Entity) WHERE $type = 'PART_OF' RETURN r, m
    UNION ALL
    MATCH (n)-[r:LOCATED_IN]->(m:Entity) WHERE $type = 'LOCATED_IN' RETURN r, m
    UNION ALL
    MATCH (n)-[r:RELATED_TO]->(m:Entity) WHERE $type = 'RELATED_TO' RETURN r, m
    UNION ALL
    MATCH (n)-[r:SUCCEEDS]->(m:Entity) WHERE $type = 'SUCCEEDS' RETURN r, m
    UNION ALL
    MATCH (n)-[r:PARTNER_OF]->(m:Entity) WHERE $type = 'PARTNER_OF' RETURN r, m
    UNION ALL
    MATCH (n)-[r:OPERATES]->(m:Entity) WHERE $type = 'OPERATES' RETURN r, m
    UNION ALL
    MATCH (n)-[r:PARTICIPATES_IN]->(m:Entity) WHERE $type = 'PARTICIPATES_IN' RETURN r, m
    UNION ALL
    MATCH (n)-[r:RUNS]->(m:Entity) WHERE $type = 'RUNS' RETURN r, m
    UNION ALL
    MATCH (n)-[r:ORGANISES]->(m:Entity) WHERE $type = 'ORGANISES' RETURN r, m
    UNION ALL
    MATCH (n)-[r:ATTENDS]->(m:Entity) WHERE $type = 'ATTENDS' RETURN r, m
    UNION ALL
    MATCH (n)-[r:SIGNED]->(m:Entity) WHERE $type = 'SIGNED' RETURN r, m
    UNION ALL
    MATCH (n)-[r:SERVES]->(m:Entity) WHERE $type = 'SERVES' RETURN r, m
    UNION ALL
    MATCH (n)-[r:IN_FIELD]->(m:Entity) WHERE $type = 'IN_FIELD' RETURN r, m
    UNION ALL
    MATCH (n)-[r:COOPERATES_WITH]->(m:Entity) WHERE $type = 'COOPERATES_WITH' RETURN r, m
  }
  RETURN r, m
  ORDER BY m.name
  LIMIT $limit
}
RETURN id, m AS node, properties(r) AS edge
ORDER BY id, m.name
