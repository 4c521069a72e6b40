// Agreements (in force at $asOf) that no lab, project, park, centre or activity started on or after $since
// (and by $asOf) puts to work: none has participants in two different signatory countries. A node's
// countries are those it is LOCATED_IN and those of the institutions involved in it ($involvement: taking
// part, organising, attending): the two-countries rule of the region questions, applied to the signatories.
// In name order, the first $first with their signatories, and how many there are in all. The recent nodes
// are read once and kept as lists of countries; each agreement is then checked against them.
CALL () {
  MATCH (x:Entity)
  WHERE x.kind IN $kinds AND x.since >= $since
    AND ($asOf IS NULL OR (x.since <= $asOf AND (x.until IS NULL OR x.until >= $asOf)))
  WITH x, COLLECT {
    MATCH (x)-[:LOCATED_IN]->(c:Country) RETURN c.id AS country
    UNION
    MATCH (x)<-[p]-(:Institution)-[:LOCATED_IN]->(c:Country) WHERE type(p) IN $involvement RETURN c.id AS country
  } AS countries
  WHERE size(countries) > 1
  RETURN collect(countries) AS recent
}
MATCH (a:Agreement)
WHERE a.sortKey IS NOT NULL
  AND ($asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf)))
WITH a, recent, COLLECT { MATCH (a)<-[:SIGNED]-(c:Country) RETURN c.id } AS signatories
WHERE none(countries IN recent WHERE size([c IN countries WHERE c IN signatories]) > 1)
WITH a, signatories
ORDER BY a.sortKey
WITH count(a) AS total, collect({id: a.id, name: a.name, signatories: signatories})[0..$first] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS row
RETURN total, row.id AS id, row.name AS name, row.signatories AS signatories
