// Every edge between two nodes, by its source's id (from the entity_id index, so no sort holds the rows),
// as the map the drawn subgraphs use: {source, kind, target, properties}.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IS NOT NULL
RETURN {source: a.id, kind: type(r), target: b.id, properties: properties(r)} AS edge
ORDER BY a.id
