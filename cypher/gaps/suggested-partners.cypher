// Suggested partners of the institution or joint lab $id: the institutions it does not cooperate with yet,
// among its 2-hop neighbours in the cooperation graph, each scored by link prediction with its reason.
// - Its neighbours N(x): for an institution, those it COOPERATES_WITH; for a lab, its partners (any
//   $participation edge into it). A candidate's neighbours N(y) are those it COOPERATES_WITH.
// - Candidates: the institutions two steps away (x - z - y, z in N(x)), walked from the neighbours in id order
//   and capped at $maxPaths steps x - z - y (one more is read, to tell that the cap bit: `truncated`). Never a
//   neighbour, and never an institution that takes part in something with x (a thing too large for its pairs
//   to be derived, README "The derived COOPERATES_WITH edges"), or in x itself for a lab.
// - Each candidate's shared neighbours are found from the candidate's side, so its scores are exact whether or
//   not the walk was capped; the cap only leaves candidates out. With d(z) the number of institutions z
//   COOPERATES_WITH, plus one for a lab x (its tie to z, which is not a COOPERATES_WITH edge):
//   common neighbours |N(x) ∩ N(y)|, Adamic-Adar sum 1/ln d(z), resource allocation sum 1/d(z).
// - Shared fields: those of the things both take part in (a lab: its own fields); shared regions: those of
//   both countries (every level). Ranked by $by, then shared fields, shared regions, then id: the first $first,
//   and how many candidates there were.
// - $regions and $fields (null: no filter) keep the candidates located in a country IN_REGION of one of
//   $regions, and those taking part in a thing IN_FIELD of one of $fields, at $asOf. They apply to the candidates
//   the capped walk reached, so the ranking is the unfiltered one less the others, and the cap means the same.
// - d(z) without $asOf is read from the degree store; with a predicate on the ties it would expand every tie of
//   every shared neighbour, per candidate (the 1m hub: 8.3 of its 9.1 million db hits, 5.0 s of 5.0 s; 1.2 s after).
// - $asOf (null: now) asks as the network stood then: a COOPERATES_WITH tie counts when one of its shared spans
//   covers the date (sharedSince/sharedUntil, as neighbourhood and paths read it), a participation, a thing, a
//   location or a region membership when its since/until span covers it.
MATCH (x:Entity {id: $id})
WITH x, CASE x.kind
  WHEN 'INSTITUTION' THEN COLLECT { MATCH (x)-[r:COOPERATES_WITH]-(z:Institution) WHERE ($asOf IS NULL OR any(i IN range(0, size(coalesce(r.sharedSince, [])) - 1) WHERE r.sharedSince[i] <= $asOf AND r.sharedUntil[i] >= $asOf)) RETURN DISTINCT z ORDER BY z.id }
  WHEN 'JOINT_LAB' THEN COLLECT { MATCH (x)<-[p]-(z:Institution) WHERE type(p) IN $participation AND ($asOf IS NULL OR ((p.since IS NULL OR p.since <= $asOf) AND (p.until IS NULL OR p.until >= $asOf)))
                          RETURN DISTINCT z ORDER BY z.id }
  ELSE [] END AS neighbours
CALL (x, neighbours) {
  UNWIND neighbours AS z
  MATCH (z)-[r:COOPERATES_WITH]-(y:Institution)
  WHERE y <> x AND ($asOf IS NULL OR any(i IN range(0, size(coalesce(r.sharedSince, [])) - 1) WHERE r.sharedSince[i] <= $asOf AND r.sharedUntil[i] >= $asOf))
  WITH y
  LIMIT $maxPaths + 1
  RETURN count(*) AS paths, collect(DISTINCT y) AS reached
}
CALL (x, neighbours, reached) {
  WITH x, neighbours, reached, x.kind = 'JOINT_LAB' AS lab,
    COLLECT {
      MATCH (x)-[:IN_FIELD]->(f:Field) RETURN f.id AS field
      UNION
      MATCH (x)-[p]->(t:Entity)-[:IN_FIELD]->(f:Field) WHERE type(p) IN $participation AND ($asOf IS NULL OR ((p.since IS NULL OR p.since <= $asOf) AND (p.until IS NULL OR p.until >= $asOf))) AND ($asOf IS NULL OR ((t.since IS NULL OR t.since <= $asOf) AND (t.until IS NULL OR t.until >= $asOf))) RETURN f.id AS field
    } AS fields,
    COLLECT { MATCH (x)-[l:LOCATED_IN]->(:Country)-[m:IN_REGION]->(r:Region) WHERE ($asOf IS NULL OR ((l.since IS NULL OR l.since <= $asOf) AND (l.until IS NULL OR l.until >= $asOf))) AND ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf))) RETURN DISTINCT r.id } AS regions
  UNWIND reached AS y
  WITH x, neighbours, lab, fields, regions, y
  WHERE NOT y IN neighbours
    AND NOT EXISTS { MATCH (x)-[p]->(t:Entity)<-[q]-(y) WHERE type(p) IN $participation AND type(q) IN $participation
                       AND ($asOf IS NULL OR ((p.since IS NULL OR p.since <= $asOf) AND (p.until IS NULL OR p.until >= $asOf))) AND ($asOf IS NULL OR ((q.since IS NULL OR q.since <= $asOf) AND (q.until IS NULL OR q.until >= $asOf))) AND ($asOf IS NULL OR ((t.since IS NULL OR t.since <= $asOf) AND (t.until IS NULL OR t.until >= $asOf))) }
    AND NOT EXISTS { MATCH (x)<-[p]-(y) WHERE type(p) IN $participation AND ($asOf IS NULL OR ((p.since IS NULL OR p.since <= $asOf) AND (p.until IS NULL OR p.until >= $asOf))) }
    AND ($regions IS NULL OR EXISTS { MATCH (y)-[l:LOCATED_IN]->(:Country)-[m:IN_REGION]->(r:Region) WHERE r.id IN $regions
                       AND ($asOf IS NULL OR ((l.since IS NULL OR l.since <= $asOf) AND (l.until IS NULL OR l.until >= $asOf))) AND ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf))) })
    AND ($fields IS NULL OR EXISTS { MATCH (y)-[p]->(t:Entity)-[:IN_FIELD]->(f:Field) WHERE f.id IN $fields AND type(p) IN $participation
                       AND ($asOf IS NULL OR ((p.since IS NULL OR p.since <= $asOf) AND (p.until IS NULL OR p.until >= $asOf))) AND ($asOf IS NULL OR ((t.since IS NULL OR t.since <= $asOf) AND (t.until IS NULL OR t.until >= $asOf))) })
  WITH x, lab, fields, regions, y, COLLECT {
    MATCH (y)-[r:COOPERATES_WITH]-(z:Institution)
    WHERE z IN neighbours AND ($asOf IS NULL OR any(i IN range(0, size(coalesce(r.sharedSince, [])) - 1) WHERE r.sharedSince[i] <= $asOf AND r.sharedUntil[i] >= $asOf))
    RETURN DISTINCT z ORDER BY z.id
  } AS shared
  WITH lab, fields, regions, y, [z IN shared | z.id] AS sharedIds,
    [z IN shared | CASE WHEN $asOf IS NULL THEN COUNT { (z)-[:COOPERATES_WITH]-() }
                   ELSE COUNT { (z)-[r:COOPERATES_WITH]-() WHERE any(i IN range(0, size(coalesce(r.sharedSince, [])) - 1) WHERE r.sharedSince[i] <= $asOf AND r.sharedUntil[i] >= $asOf) } END
                   + CASE WHEN lab THEN 1 ELSE 0 END] AS degrees,
    [f IN COLLECT {
      MATCH (y)-[p]->(t:Entity)-[:IN_FIELD]->(f:Field) WHERE type(p) IN $participation AND ($asOf IS NULL OR ((p.since IS NULL OR p.since <= $asOf) AND (p.until IS NULL OR p.until >= $asOf))) AND ($asOf IS NULL OR ((t.since IS NULL OR t.since <= $asOf) AND (t.until IS NULL OR t.until >= $asOf))) RETURN DISTINCT f.id
    } WHERE f IN fields] AS sharedFields,
    [r IN COLLECT {
      MATCH (y)-[l:LOCATED_IN]->(:Country)-[m:IN_REGION]->(r:Region) WHERE ($asOf IS NULL OR ((l.since IS NULL OR l.since <= $asOf) AND (l.until IS NULL OR l.until >= $asOf))) AND ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf))) RETURN DISTINCT r.id
    } WHERE r IN regions] AS sharedRegions
  WITH y, sharedIds, sharedFields, sharedRegions, size(sharedIds) AS commonNeighbours,
    reduce(s = 0.0, d IN degrees | s + 1.0 / log(d)) AS adamicAdar,
    reduce(s = 0.0, d IN degrees | s + 1.0 / d) AS resourceAllocation
  ORDER BY CASE $by WHEN 'COMMON_NEIGHBOURS' THEN toFloat(commonNeighbours) WHEN 'RESOURCE_ALLOCATION' THEN resourceAllocation
    ELSE adamicAdar END DESC, size(sharedFields) DESC, size(sharedRegions) DESC, y.id
  RETURN count(y) AS candidates, collect({id: y.id, shared: sharedIds, fields: sharedFields, regions: sharedRegions,
    commonNeighbours: commonNeighbours, adamicAdar: adamicAdar, resourceAllocation: resourceAllocation})[0..$first] AS suggestions
}
RETURN x.kind AS kind, size(neighbours) AS neighbours, paths > $maxPaths AS truncated, candidates, suggestions
