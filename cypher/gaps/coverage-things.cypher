// Every lab, park, centre, project, activity or agreement of $kinds existing at $asOf, with the countries it is
// in and its fields, for coverage (CoverageCounter adds them up by country or region, zero cells included).
// - A node LOCATED_IN a country (labs, parks, centres, activities) is in that country: its host.
// - A node with no host (projects, agreements) is in the countries of its participants at $asOf: those of
//   the institutions that take part in it by a $participation edge, and the countries that SIGNED it.
// One row per node, so the whole answer is the size of those kinds; Java splits each node's one unit among
// its countries and fields, which is what lets the rows sum back to the stats counts.
// With $fields, only the nodes IN_FIELD of one of them (the others would not be counted), read from the fields'
// side: given the (kind, sortKey) index the planner would read every node of the kinds and then look for its
// fields (at 1m, 166k nodes for one field's 16k; 0.3 s against 0.14 s). Without, every node of the kinds.
CALL () {
  WITH 1 AS everything WHERE $fields IS NULL
  MATCH (x:Entity)
  WHERE x.kind IN $kinds AND x.sortKey IS NOT NULL
  RETURN x
  UNION
  UNWIND coalesce($fields, []) AS fieldId
  MATCH (:Field {id: fieldId})<-[:IN_FIELD]-(x:Entity)
  WITH x WHERE x.kind IN $kinds
  RETURN x
}
WITH x
WHERE x.sortKey IS NOT NULL
  AND ($asOf IS NULL OR ((x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR x.until >= $asOf)))
WITH x, COLLECT {
  MATCH (x)-[l:LOCATED_IN]->(c:Country)
  WHERE $asOf IS NULL OR ((l.since IS NULL OR l.since <= $asOf) AND (l.until IS NULL OR l.until >= $asOf))
  RETURN DISTINCT c.id
} AS hosts
WITH x, hosts, CASE WHEN size(hosts) > 0 THEN [] ELSE COLLECT {
  MATCH (x)<-[p]-(:Institution)-[:LOCATED_IN]->(c:Country)
  WHERE type(p) IN $participation
    AND ($asOf IS NULL OR ((p.since IS NULL OR p.since <= $asOf) AND (p.until IS NULL OR p.until >= $asOf)))
  RETURN DISTINCT c.id
} + COLLECT {
  MATCH (x)<-[s:SIGNED]-(c:Country)
  WHERE $asOf IS NULL OR ((s.since IS NULL OR s.since <= $asOf) AND (s.until IS NULL OR s.until >= $asOf))
  RETURN DISTINCT c.id
} END AS participants
RETURN x.kind AS kind, hosts + participants AS countries, COLLECT { MATCH (x)-[:IN_FIELD]->(f:Field) RETURN DISTINCT f.id } AS fields
