// For a batch of nodes, the nodes their outgoing edges of one kind lead to, with the edge's properties.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]->(m:Entity)
WHERE type(r) = $type
RETURN id, m AS node, properties(r) AS edge
ORDER BY id, m.name
