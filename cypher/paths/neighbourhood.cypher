// The neighbourhood of $id in one query: breadth first, up to $depth (1-3) levels, at most $limit nodes
// besides the centre, then the edges among the nodes kept (at most $maxEdges, one more than the service
// keeps). Returns one row (nodes, truncated, edges), none when no node has the id.
// - Level k is the nodes next to level k-1, over edges in either direction, that pass the filters and
//   were not reached before. The rows of every stage are ordered by (level, id) and cut at the centre
//   plus $limit nodes: one more than there is room for, so `truncated` is exact and the nodes nearest the
//   centre are the ones kept. Once a level is cut, the cut keeps none of the next levels.
// - A node reached again keeps its least level (min), which is how "not reached before" is checked: only
//   when a level fits are all its nodes in the rows, and only then can the next level be kept.
// - A stage that is already full (the centre and $limit nodes) expands no further: the cut keeps none of
//   the next level anyway.
// - The state is rows of nodes, never a list carried into a sort: Neo4j 5.26 counts a list in scope once
//   per row of every later sort, and a few thousand nodes would pass the transaction's memory limit. A
//   grouping (`min(...)`, `count(*) AS one`) starts fresh rows, without the list, before each sort.
// - Filters (the same at every level; Cypher has no functions): an edge passes $edgeKinds and $asOf (a derived
//   COOPERATES_WITH edge at $asOf when one of the spans of its shared things holds it, not just the span from
//   its first to its last: two institutions that shared a lab until 2012 and a project from 2018 were not
//   cooperating in 2015); a
//   node passes $nodeKinds, $asOf and $fields: in one of $fields, or with no field at all (institutions,
//   countries...), so a lab's partners stay reachable in its neighbourhood in energy. The centre is not
//   filtered. The edges among the nodes kept pass the edge filters, in (source id, kind, target id) order.
MATCH (c:Entity {id: $id})
CALL (c) {
  RETURN c AS m, 0 AS level
  UNION
  MATCH (c)-[r]-(m:Entity)
  WHERE m <> c
    AND ($edgeKinds IS NULL OR type(r) IN $edgeKinds)
    AND ($asOf IS NULL OR CASE WHEN r.sharedSince IS NULL
                          THEN (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)
                          ELSE any(i IN range(0, size(r.sharedSince) - 1) WHERE r.sharedSince[i] <= $asOf AND r.sharedUntil[i] >= $asOf) END)
    AND ($nodeKinds IS NULL OR m.kind IN $nodeKinds)
    AND ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)))
    AND ($fields IS NULL
         OR (m.kind = 'FIELD' AND m.id IN $fields)
         OR (m.kind <> 'FIELD' AND (NOT EXISTS { (m)-[:IN_FIELD]->() }
                                    OR EXISTS { (m)-[:IN_FIELD]->(f:Field) WHERE f.id IN $fields })))
  RETURN m, 1 AS level
}
WITH m, level
ORDER BY level, m.id
LIMIT $limit + 1
WITH collect({m: m, level: level}) AS reached
UNWIND reached AS row
WITH row.m AS m, row.level AS level, size(reached) > $limit AS full
CALL (m, level, full) {
  RETURN m AS next, level AS nextLevel
  UNION ALL
  MATCH (m)-[r]-(x:Entity)
  WHERE $depth >= 2 AND level = 1 AND NOT full
    AND ($edgeKinds IS NULL OR type(r) IN $edgeKinds)
    AND ($asOf IS NULL OR CASE WHEN r.sharedSince IS NULL
                          THEN (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)
                          ELSE any(i IN range(0, size(r.sharedSince) - 1) WHERE r.sharedSince[i] <= $asOf AND r.sharedUntil[i] >= $asOf) END)
    AND ($nodeKinds IS NULL OR x.kind IN $nodeKinds)
    AND ($asOf IS NULL OR ((x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR x.until >= $asOf)))
    AND ($fields IS NULL
         OR (x.kind = 'FIELD' AND x.id IN $fields)
         OR (x.kind <> 'FIELD' AND (NOT EXISTS { (x)-[:IN_FIELD]->() }
                                    OR EXISTS { (x)-[:IN_FIELD]->(f:Field) WHERE f.id IN $fields })))
  RETURN x AS next, 2 AS nextLevel
}
WITH next AS m, min(nextLevel) AS level
ORDER BY level, m.id
LIMIT $limit + 1
WITH collect({m: m, level: level}) AS reached
UNWIND reached AS row
WITH row.m AS m, row.level AS level, size(reached) > $limit AS full
CALL (m, level, full) {
  RETURN m AS next, level AS nextLevel
  UNION ALL
  MATCH (m)-[r]-(x:Entity)
  WHERE $depth >= 3 AND level = 2 AND NOT full
    AND ($edgeKinds IS NULL OR type(r) IN $edgeKinds)
    AND ($asOf IS NULL OR CASE WHEN r.sharedSince IS NULL
                          THEN (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)
                          ELSE any(i IN range(0, size(r.sharedSince) - 1) WHERE r.sharedSince[i] <= $asOf AND r.sharedUntil[i] >= $asOf) END)
    AND ($nodeKinds IS NULL OR x.kind IN $nodeKinds)
    AND ($asOf IS NULL OR ((x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR x.until >= $asOf)))
    AND ($fields IS NULL
         OR (x.kind = 'FIELD' AND x.id IN $fields)
         OR (x.kind <> 'FIELD' AND (NOT EXISTS { (x)-[:IN_FIELD]->() }
                                    OR EXISTS { (x)-[:IN_FIELD]->(f:Field) WHERE f.id IN $fields })))
  RETURN x AS next, 3 AS nextLevel
}
WITH next AS m, min(nextLevel) AS level
ORDER BY level, m.id
LIMIT $limit + 1
// The centre and the first $limit nodes are kept; a node beyond them means the cap cut.
WITH collect({m: m, level: level}) AS reached
WITH reached[..$limit] AS kept, size(reached) > $limit AS truncated
UNWIND kept AS k
WITH truncated, k.m AS m, k.level AS level, count(*) AS one
// The edges among the nodes kept: each kept node's outgoing edges, grouped by their target with the
// target's own row, so an edge stays when its target is kept (level not null).
CALL (m, level) {
  RETURN m AS x, level AS xLevel, null AS a, null AS r
  UNION ALL
  MATCH (m)-[r]->(b:Entity)
  WHERE ($edgeKinds IS NULL OR type(r) IN $edgeKinds)
    AND ($asOf IS NULL OR CASE WHEN r.sharedSince IS NULL
                          THEN (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)
                          ELSE any(i IN range(0, size(r.sharedSince) - 1) WHERE r.sharedSince[i] <= $asOf AND r.sharedUntil[i] >= $asOf) END)
  RETURN b AS x, null AS xLevel, m AS a, r
}
WITH truncated, x, min(xLevel) AS level, collect(CASE WHEN r IS NOT NULL THEN {a: a, r: r} END) AS incoming
WHERE level IS NOT NULL
UNWIND [null] + incoming AS e
WITH truncated, x, level, e.a AS a, e.r AS r, count(*) AS one
// One order for both: the nodes by (level, id), then the edges by (source id, kind, target id).
ORDER BY r IS NOT NULL, CASE WHEN r IS NULL THEN level END, CASE WHEN r IS NULL THEN x.id ELSE a.id END,
         type(r), x.id
RETURN truncated,
       collect(CASE WHEN r IS NULL THEN x END) AS nodes,
       collect(CASE WHEN r IS NOT NULL THEN {source: a.id, target: x.id, kind: type(r), properties: properties(r)}
               END)[..$maxEdges] AS edges
