// Who takes part in what, for the region questions: every node of $kinds (in $field, existing at $asOf)
// with those of its participants, at $asOf, that are located in one of $regions. This is the one place
// that says what taking part is; RegionTies.join says which participants connect two regions.
// - An institution takes part in a lab, project, park or centre by a $participation edge, and sits in the
//   country it is LOCATED_IN.
// - A country takes part in an agreement by having SIGNED it, and sits in itself.
// Each participant comes with the regions of $regions its country is IN_REGION of.
// Every node has a sortKey; saying so lets the planner seek the (kind, sortKey) index.
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
WHERE r.id IN $regions
WITH x, institution, sortKey, country, p, collect(r.id) AS regions
WITH x, collect({institution: institution, sortKey: sortKey, country: country.id, role: p.role, kind: type(p),
                 regions: regions}) AS participants
RETURN x.id AS id, x.kind AS kind, x.sortKey AS sortKey, participants
ORDER BY x.kind, x.sortKey
