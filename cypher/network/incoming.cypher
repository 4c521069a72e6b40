// For a batch of nodes, the nodes whose edges of one kind lead to them, with the edge's properties.
UNWIND $ids AS id
MATCH (n:Entity {id: id})<-[r]-(m:Entity)
WHERE type(r) = $type
RETURN id, m AS node, properties(r) AS edge
ORDER BY id, m.name
