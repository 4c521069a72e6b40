// Creates or updates edges of one kind between existing nodes, and says per row what it did: an edge whose
// given properties all equal the stored ones is left alone, so the same rows twice write nothing. Rows whose
// ends are missing match nothing, so the counts fall short of the batch and the caller reports those rows.
// The ends are found through the entity_id constraint; the caller sends each (from, to) once per batch.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
OPTIONAL MATCH (a)-[old:$($type)]->(b)
WITH a, b, row, old,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN all(key IN keys(row.properties) WHERE old[key] = row.properties[key]
                                               OR (old[key] IS NULL AND row.properties[key] IS NULL)) THEN 'unchanged'
       ELSE 'updated'
     END AS outcome
CALL (a, b, row, outcome) {
  WITH a, b, row WHERE outcome = 'created'
  CREATE (a)-[r:$($type)]->(b)
  SET r += row.properties
}
CALL (row, old, outcome) {
  WITH row, old WHERE outcome = 'updated'
  SET old += row.properties
}
RETURN outcome, count(*) AS rows
