// Every node, in id order, with the ids of the fields it is IN_FIELD of (in id order, so two databases holding
// the same graph export the same lists). The order comes from the entity_id
// index, so rows stream out as they are read, with no sort holding them all.
MATCH (n:Entity)
WHERE n.id IS NOT NULL
RETURN n, COLLECT { MATCH (n)-[:IN_FIELD]->(f:Field) RETURN f.id ORDER BY f.id } AS fields
ORDER BY n.id
