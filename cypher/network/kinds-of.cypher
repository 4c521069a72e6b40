// The kind of each of these ids that names a node; ids naming none are left out.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.kind AS kind
