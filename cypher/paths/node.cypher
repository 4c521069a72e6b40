// A node by its public id, whole, to be drawn: the path from a node to itself.
MATCH (n:Entity {id: $id})
RETURN n
