// The institutions of $regionA that take part ($participation, at $asOf) in a lab, project, park or centre
// ($kinds, in $field, existing at $asOf) with an institution of $regionB in another country, in name order:
// the first $first, each with its partners in $regionB as the evidence of side B, and how many there are in
// all. It is the rule of Participant.joins applied to institutions (see connecting.cypher), the page cut here.
MATCH (x:Entity)
WHERE x.kind IN $kinds AND x.sortKey IS NOT NULL
  AND ($field IS NULL OR EXISTS { (x)-[:IN_FIELD]->(:Field {id: $field}) })
  AND ($asOf IS NULL OR ((x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR x.until >= $asOf)))
MATCH (x)<-[p]-(i:Institution)-[:LOCATED_IN]->(c:Country)
WHERE type(p) IN $participation
  AND ($asOf IS NULL OR ((p.since IS NULL OR p.since <= $asOf) AND (p.until IS NULL OR p.until >= $asOf)))
MATCH (c)-[:IN_REGION]->(r:Region)
WHERE r.id IN [$regionA, $regionB]
WITH x, i, c, collect(r.id) AS regions
WITH x, collect({institution: i.id, sortKey: i.sortKey, country: c.id, regions: regions}) AS participants
UNWIND participants AS a
WITH a, participants
WHERE $regionA IN a.regions
UNWIND participants AS b
WITH a, b
WHERE $regionB IN b.regions AND b.country <> a.country
WITH a.institution AS institution, a.sortKey AS sortKey, collect(a)[0] AS a, collect(DISTINCT b) AS partners
ORDER BY sortKey
WITH count(institution) AS total,
     collect({id: institution, sortKey: sortKey, sideA: [a],
              sideB: [b IN partners | b {.*, kind: 'COOPERATES_WITH'}]})[0..$first] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS tie
RETURN total, tie.id AS id, 'INSTITUTION' AS kind, tie.sortKey AS sortKey, tie.sideA AS sideA, tie.sideB AS sideB
