// Creates or updates edges of one kind between existing nodes. Rows whose ends are missing match
// nothing, so `written` falls short of the batch and the caller reports them.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$($type)]->(b)
SET r += row.properties
RETURN count(r) AS written
