// Countries that signed an S&T agreement (both in force at $asOf) but take part in no node of $kind (JOINT_LAB
// or PROJECT) at $asOf, in name order: the first $first with the agreements they signed, and how many there
// are in all. A country takes part in a lab or project when it is LOCATED_IN the country (its host) or when
// an institution located there takes part in it by a $participation edge: a joint lab in Beijing with a
// Kenyan partner is one of Kenya's joint labs.
MATCH (c:Country)-[s:SIGNED]->(a:Agreement)
WHERE ($asOf IS NULL OR ((s.since IS NULL OR s.since <= $asOf) AND (s.until IS NULL OR s.until >= $asOf)))
  AND ($asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf)))
WITH c, collect(DISTINCT a.id) AS agreements
WHERE NOT EXISTS {
  MATCH (c)<-[l:LOCATED_IN]-(x:Entity)
  WHERE x.kind = $kind
    AND ($asOf IS NULL OR ((x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR x.until >= $asOf)))
    AND ($asOf IS NULL OR ((l.since IS NULL OR l.since <= $asOf) AND (l.until IS NULL OR l.until >= $asOf)))
} AND NOT EXISTS {
  MATCH (c)<-[:LOCATED_IN]-(:Institution)-[p]->(x:Entity)
  WHERE x.kind = $kind AND type(p) IN $participation
    AND ($asOf IS NULL OR ((x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR x.until >= $asOf)))
    AND ($asOf IS NULL OR ((p.since IS NULL OR p.since <= $asOf) AND (p.until IS NULL OR p.until >= $asOf)))
}
WITH c, agreements
ORDER BY c.sortKey
WITH count(c) AS total, collect({id: c.id, name: c.name, agreements: agreements})[0..$first] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS row
RETURN total, row.id AS id, row.name AS name, row.agreements AS agreements
