// The ids of the fields each of these nodes is IN_FIELD of, for exporting a subgraph with its nodes' fields.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, [(n)-[:IN_FIELD]->(f:Field) | f.id] AS fields
