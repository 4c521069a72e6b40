// One breadth-first step of a neighbourhood: the nodes next to the frontier, over edges in either
// direction, that pass the filters and were not reached before; in id order, at most $limit of them.
// A node passes the field filter when it is in one of $fields or has no field at all (institutions,
// countries...), so a lab's partners stay reachable when asking for its neighbourhood in energy.
UNWIND $frontier AS id
MATCH (n:Entity {id: id})-[r]-(m:Entity)
WHERE NOT m.id IN $visited
  AND ($edgeKinds IS NULL OR type(r) IN $edgeKinds)
  AND ($nodeKinds IS NULL OR m.kind IN $nodeKinds)
  AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)
       AND (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)))
  AND ($fields IS NULL
       OR (m.kind = 'FIELD' AND m.id IN $fields)
       OR (m.kind <> 'FIELD' AND (NOT EXISTS { (m)-[:IN_FIELD]->() }
                                  OR EXISTS { (m)-[:IN_FIELD]->(f:Field) WHERE f.id IN $fields })))
WITH DISTINCT m
ORDER BY m.id
LIMIT $limit
RETURN m
