// Pairs of a region ($regions, or every region of countries) and a field ($fields, or every field) with no
// joint lab in that field in that region at $asOf, in region and field name order: the first $first and how
// many there are in all. A lab is in a region when it is LOCATED_IN one of its countries or has a partner
// (PARTNER_OF, at $asOf) located in one: the rule of agreement-without.cypher, by region. The pairs that do
// have a lab are found first, from the labs (few) rather than from every region and field (many).
CALL () {
  MATCH (x:JointLab)
  WHERE $asOf IS NULL OR ((x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR x.until >= $asOf))
  CALL (x) {
    MATCH (x)-[:LOCATED_IN]->(c:Country)
    RETURN c
    UNION
    MATCH (x)<-[p:PARTNER_OF]-(:Institution)-[:LOCATED_IN]->(c:Country)
    WHERE $asOf IS NULL OR ((p.since IS NULL OR p.since <= $asOf) AND (p.until IS NULL OR p.until >= $asOf))
    RETURN c
  }
  MATCH (c)-[m:IN_REGION]->(r:Region)
  WHERE $asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf))
  MATCH (x)-[:IN_FIELD]->(f:Field)
  RETURN collect(DISTINCT [r.id, f.id]) AS covered
}
MATCH (r:Region)
WHERE r.sortKey IS NOT NULL AND ($regions IS NULL OR r.id IN $regions)
  AND EXISTS { (r)<-[:IN_REGION]-(:Country) }
MATCH (f:Field)
WHERE f.sortKey IS NOT NULL AND ($fields IS NULL OR f.id IN $fields)
  AND NOT [r.id, f.id] IN covered
WITH r, f
ORDER BY r.sortKey, f.sortKey
WITH count(*) AS total, collect({region: r.id, regionName: r.name, field: f.id, fieldName: f.name})[0..$first] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS row
RETURN total, row.region AS region, row.regionName AS regionName, row.field AS field, row.fieldName AS fieldName
