// The ids (in id order) of the fields each of these nodes is IN_FIELD of, for exporting a subgraph with its
// nodes' fields.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, COLLECT { MATCH (n)-[:IN_FIELD]->(f:Field) RETURN f.id ORDER BY f.id } AS fields
