// Creates edges of one kind that cannot exist yet, because one of their ends was created by the same
// import; the ends are found through the entity_id constraint. Rows whose ends are missing match nothing,
// so `created` falls short of the batch and the caller reports those rows.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$($type)]->(b)
SET r = row.properties
RETURN count(r) AS created
