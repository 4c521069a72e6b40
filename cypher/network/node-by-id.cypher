// Any node by its public id (backed by the entity_id constraint): the values of $properties, in their order
// (only those some selected field can show: NodeProperties).
MATCH (n:Entity {id: $id})
RETURN [k IN $properties | n[k]] AS properties
