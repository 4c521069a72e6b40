// For a batch of nodes, the nodes whose edges of kind $type lead to them, with the edge's properties, at
// most $limit per node (in name order). The type is matched as a dynamic type: see outgoing.cypher.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)<-[r:$($type)]-(m:Entity)
  RETURN r, m
  ORDER BY m.name
  LIMIT $limit
}
RETURN id, m AS node, properties(r) AS edge
ORDER BY id, m.name
