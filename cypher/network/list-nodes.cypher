// One page of the nodes of one kind in name order, after a keyset position, with optional filters (a null
// filter filters nothing). One seek of the entity_kind_sort_key index serves kind = $kind and the range,
// already in order, so LIMIT stops it early: ORDER BY names both index properties, or the planner sorts
// every match instead (PROFILE: 21 rows read for a 20-item page of 11,769 institutions, not 11,769).
// count-nodes.cypher repeats these filters for the total. Each node of the page returns the values of
// $properties, in their order (only those some selected field can show: NodeProperties).
// A node is in a country (region) when it is located there, signed there, or an institution there is
// involved in it by one of EdgeKind.INVOLVEMENT's types, spelt out so that only they are expanded.
// The region's countries are found once, not from each candidate's countries: a page of 100 European
// institutions of the 100k network read 19,520 db hits so, 31,547 before (in-process p50 4.4 ms, 5.1-8.7 ms).
// The ways in are tried most likely first (located in one of its countries), as each costs a scan of a node's
// relationships: that page then reads 18,201 db hits.
OPTIONAL MATCH (regionCountry:Country)-[:IN_REGION]->(:Region {id: $region})
WITH collect(regionCountry) AS regionCountries
MATCH (n:Entity)
WHERE n.kind = $kind
  AND n.sortKey > $after
  AND ($country IS NULL
       OR EXISTS { (n)-[:LOCATED_IN|SIGNED]-(:Country {id: $country}) }
       OR EXISTS { (n)<-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]-(:Institution)-[:LOCATED_IN]->(:Country {id: $country}) })
  AND ($region IS NULL
       OR EXISTS { (n)-[:LOCATED_IN|SIGNED]-(c:Country) WHERE c IN regionCountries }
       OR EXISTS { (n)-[:IN_REGION]->(:Region {id: $region}) }
       OR EXISTS { (n)<-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]-(:Institution)-[:LOCATED_IN]->(c:Country) WHERE c IN regionCountries })
  AND ($field IS NULL OR EXISTS { (n)-[:IN_FIELD]->(:Field {id: $field}) })
  AND ($asOf IS NULL OR ((n.since IS NULL OR n.since <= $asOf) AND (n.until IS NULL OR n.until >= $asOf)))
  AND ($type IS NULL OR $type IN n.types)
  AND ($status IS NULL OR n.status = $status)
  AND ($regionKind IS NULL OR n.regionKind = $regionKind)
WITH n
ORDER BY n.kind, n.sortKey
LIMIT $limit
RETURN [k IN $properties | n[k]] AS properties, n.sortKey AS position, elementId(n) AS elementId
