// How strongly each pair of the given regions is tied: for every lab, project, park or centre, the
// regions its participants sit in, and for every agreement, the regions of its signatories; each such
// node counts once for each pair of regions it joins.
UNWIND $regions AS region
MATCH (:Region {id: region})<-[:IN_REGION]-(:Country)<-[:LOCATED_IN]-(:Institution)-[:PARTNER_OF|PARTICIPATES_IN|OPERATES]->(x:Entity)
WHERE ($field IS NULL OR EXISTS { (x)-[:IN_FIELD]->(:Field {id: $field}) })
  AND ($asOf IS NULL OR ((x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR x.until >= $asOf)))
WITH x, collect(DISTINCT region) AS joined
UNWIND joined AS a
UNWIND joined AS b
WITH a, b, x WHERE a < b
RETURN a AS regionA, b AS regionB, x.kind AS kind, count(DISTINCT x) AS count
UNION ALL
UNWIND $regions AS region
MATCH (:Region {id: region})<-[:IN_REGION]-(:Country)-[s:SIGNED]->(x:Agreement)
WHERE $field IS NULL
  AND ($asOf IS NULL OR x.since IS NULL OR x.since <= $asOf)
WITH x, collect(DISTINCT region) AS joined
UNWIND joined AS a
UNWIND joined AS b
WITH a, b, x WHERE a < b
RETURN a AS regionA, b AS regionB, x.kind AS kind, count(DISTINCT x) AS count
