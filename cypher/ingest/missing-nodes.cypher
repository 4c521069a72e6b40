// Which of these public ids name no node.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
WITH id, n
WHERE n IS NULL
RETURN DISTINCT id
