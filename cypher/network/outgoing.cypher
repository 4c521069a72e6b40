// For a batch of nodes, the nodes their outgoing edges of kind $type lead to, with the edge's properties,
// at most $limit per node (in name order).
// The type is matched as a dynamic type. Neo4j 5.26 plans it as an expansion of every outgoing
// relationship and a filter, the same db hits as `WHERE type(r) = $type` (its docs: only 2025.08 starts
// using type lookups for dynamic types). One static branch per edge kind, guarded by `$type = '...'`,
// expands only the type (the transfer centre serving region:AU: 21 db hits, not 132), but takes 4-10 times
// as long to plan (0.5-0.9 s, 5 s on a busy 2-core machine), which the first request after a start pays:
// bench/results/profile-2026-11-26.md.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r:$($type)]->(m:Entity)
  RETURN r, m
  ORDER BY m.name
  LIMIT $limit
}
RETURN id, m AS node, properties(r) AS edge
ORDER BY id, m.name
