// For a batch of nodes, the nodes whose edges of one kind lead to them, with the edge's properties, at most $limit per node (in name order).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[r]-(m:Entity)
  WHERE type(r) = $type
  RETURN r, m
  ORDER BY m.name
  LIMIT $limit
}
RETURN id, m AS node, properties(r) AS edge
ORDER BY id, m.name
