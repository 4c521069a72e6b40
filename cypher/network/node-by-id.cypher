// Any node by its public id (backed by the entity_id constraint).
MATCH (n:Entity {id: $id})
RETURN n
