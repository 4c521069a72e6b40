// Creates or updates nodes of one kind by public id. The label is a parameter (Cypher 5.26 dynamic
// labels), checked against the Kind enum by the caller; the MERGE is backed by the entity_id constraint.
// sortKey orders lists by name (see V002__indexes.cypher).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n += row.properties, n.kind = $kind
SET n.sortKey = toLower(n.name) + '\u001f' + n.id
SET n:$($label)
RETURN count(n) AS written
