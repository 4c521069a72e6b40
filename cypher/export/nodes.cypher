// Every node, in id order, with the ids of the fields it is IN_FIELD of. The order comes from the entity_id
// index, so rows stream out as they are read, with no sort holding them all.
MATCH (n:Entity)
WHERE n.id IS NOT NULL
RETURN n, [(n)-[:IN_FIELD]->(f:Field) | f.id] AS fields
ORDER BY n.id
