// One node, for the trivial path from a node to itself.
MATCH (n:Entity {id: $id})
RETURN n
