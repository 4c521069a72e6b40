// The edges between the given nodes that pass the edge filters, in a stable order, at most $limit.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids
  AND ($edgeKinds IS NULL OR type(r) IN $edgeKinds)
  AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)))
WITH a, r, b
ORDER BY a.id, type(r), b.id
LIMIT $limit
RETURN {source: a.id, target: b.id, kind: type(r), properties: properties(r)} AS edge
