// The labs, projects, parks, centres or agreements ($kinds, in $field, existing at $asOf) that connect
// $regionA and $regionB, in kind and name order: the first $first, each with the participants doing the
// connecting on each side, and how many there are in all. Participants are read as in participants.cypher;
// two connect the regions by the rule of Participant.joins (one located in $regionA, the other in $regionB,
// in two different countries), which the matrix applies in Java: a test checks every matrix cell against
// this query's total. The page is cut here, so only it leaves the database.
MATCH (x:Entity)
WHERE x.kind IN $kinds AND x.sortKey IS NOT NULL
  AND ($field IS NULL OR EXISTS { (x)-[:IN_FIELD]->(:Field {id: $field}) })
  AND ($asOf IS NULL OR ((x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR x.until >= $asOf)))
CALL (x) {
  MATCH (x)<-[p]-(i:Institution)-[:LOCATED_IN]->(c:Country)
  WHERE type(p) IN $participation
  RETURN i.id AS institution, i.sortKey AS sortKey, c AS country, p
  UNION ALL
  MATCH (x)<-[p:SIGNED]-(c:Country)
  RETURN null AS institution, null AS sortKey, c AS country, p
}
WITH x, institution, sortKey, country, p
WHERE $asOf IS NULL OR ((p.since IS NULL OR p.since <= $asOf) AND (p.until IS NULL OR p.until >= $asOf))
MATCH (country)-[:IN_REGION]->(r:Region)
WHERE r.id IN [$regionA, $regionB]
WITH x, institution, sortKey, country, p, collect(r.id) AS regions
WITH x, collect({institution: institution, sortKey: sortKey, country: country.id, role: p.role, kind: type(p),
                 regions: regions}) AS participants
WITH x, [a IN participants WHERE $regionA IN a.regions
             AND any(b IN participants WHERE $regionB IN b.regions AND b.country <> a.country)] AS sideA,
        [b IN participants WHERE $regionB IN b.regions
             AND any(a IN participants WHERE $regionA IN a.regions AND a.country <> b.country)] AS sideB
WHERE size(sideA) > 0
WITH x, sideA, sideB
ORDER BY x.kind, x.sortKey
WITH count(x) AS total, collect({id: x.id, kind: x.kind, sortKey: x.sortKey, sideA: sideA, sideB: sideB})[0..$first] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS tie
RETURN total, tie.id AS id, tie.kind AS kind, tie.sortKey AS sortKey, tie.sideA AS sideA, tie.sideB AS sideB
