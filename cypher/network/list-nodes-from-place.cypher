// The page of list-nodes.cypher, and its total, found from the place a country or region filter names
// instead of from the kind's index: for a small place, list-nodes.cypher tries the kind's nodes in name order
// until $limit pass its filters, which is most of them when few do (institutions of Micronesia at 1m: 11,758
// tried, 635k db hits, 82 ms). Here the nodes that can be in the place come from its side, by the ways of
// the filter: located in or signed with one of its countries, in the region, or taken part in by an
// institution located in one of its countries. So they need no test for the place; the country filter is
// tested when a region is given too. Where the place holds so much that the index finds a page sooner,
// byIndex is true, nothing else is read, and list-nodes.cypher and count-nodes.cypher answer instead. The
// other filters are those of list-nodes.cypher.
// Involvement leads from institutions to what they take part in; for the kinds no such edge ends at (the
// count store says so without reading an edge) that way is not followed.
OPTIONAL MATCH (regionCountry:Country)-[:IN_REGION]->(:Region {id: $region})
WITH collect(regionCountry) AS regionCountries
OPTIONAL MATCH (countryFilter:Country {id: $country})
WITH regionCountries,
     CASE WHEN $country IS NULL THEN regionCountries ELSE collect(countryFilter) END AS placeCountries
WITH regionCountries, placeCountries,
     CASE $kind
       WHEN 'REGION' THEN COUNT { ()-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->(:Region) }
       WHEN 'COUNTRY' THEN COUNT { ()-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->(:Country) }
       WHEN 'INSTITUTION' THEN COUNT { ()-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->(:Institution) }
       WHEN 'AGREEMENT' THEN COUNT { ()-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->(:Agreement) }
       WHEN 'FIELD' THEN COUNT { ()-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->(:Field) }
       ELSE 1
     END > 0 AS involvable
// How many edges the ways in cross (here), from degrees, without reading an edge (Europe's countries at 1m: 47
// db hits). The index tries about $limit * everywhere / here nodes for a page, if the place holds its share
// of the kind, where this side reads `here`: this side is the cheaper while here^2 < $crossover * $limit *
// everywhere (NodeListing.CROSSOVER). $budget caps `here` whatever the index would cost, as the nodes found
// are held to be sorted.
CALL (placeCountries) {
  UNWIND placeCountries AS c
  RETURN sum(COUNT { (c)-[:LOCATED_IN|SIGNED]-() }) AS located
}
CALL (placeCountries, involvable, located) {
  UNWIND CASE WHEN involvable AND located <= $budget THEN placeCountries ELSE [] END AS c
  MATCH (c)<-[:LOCATED_IN]-(i:Institution)
  RETURN sum(COUNT { (i)-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->() }) AS involved
}
WITH regionCountries, placeCountries, involvable, located + involved AS here,
     NOT involvable OR located <= $budget AS hereCounted,
     COUNT { ()-[:LOCATED_IN|SIGNED]->() }
       + CASE WHEN involvable THEN COUNT { (:Institution)-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->() } ELSE 0 END
       AS everywhere
WITH regionCountries, placeCountries, involvable, CASE WHEN hereCounted THEN here END AS hereWhole,
     here > $budget OR here * here > $crossover * $limit * everywhere AS byIndex
// Otherwise the ways in are followed to nodes with the kind's label alone: an edge to another
// kind costs a label check, not a read of its properties.
OPTIONAL CALL (placeCountries, involvable, byIndex) {
  UNWIND CASE WHEN byIndex THEN [] ELSE placeCountries END AS c
  MATCH (c)-[:LOCATED_IN|SIGNED]-(n:$($label))
  RETURN n
  UNION ALL
  UNWIND CASE WHEN involvable AND NOT byIndex THEN placeCountries ELSE [] END AS c
  MATCH (c)<-[:LOCATED_IN]-(:Institution)-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->(n:$($label))
  RETURN n
  UNION ALL
  MATCH (n:$($label))-[:IN_REGION]->(:Region {id: $region})
  WHERE $country IS NULL AND NOT byIndex
  RETURN n
}
WITH regionCountries, hereWhole, byIndex, collect(n) AS candidates
// (No candidates when byIndex: every way in above is then skipped.)
CALL (regionCountries, candidates) {
  UNWIND candidates AS n
  WITH DISTINCT n
  // A node with no sort key (no name) is in no page, so in no total either (count-nodes.cypher says so too).
  WHERE n:Entity AND n.kind = $kind AND n.sortKey > ''
    AND ($country IS NULL OR $region IS NULL
         OR EXISTS { (n)-[:LOCATED_IN|SIGNED]-(c:Country) WHERE c IN regionCountries }
         OR EXISTS { (n)-[:IN_REGION]->(:Region {id: $region}) }
         OR EXISTS { (n)<-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]-(:Institution)-[:LOCATED_IN]->(c:Country) WHERE c IN regionCountries })
    AND ($field IS NULL OR EXISTS { (n)-[:IN_FIELD]->(:Field {id: $field}) })
    AND ($asOf IS NULL OR ((n.since IS NULL OR n.since <= $asOf) AND (n.until IS NULL OR n.until >= $asOf)))
    AND ($type IS NULL OR $type IN n.types)
    AND ($status IS NULL OR n.status = $status)
    AND ($regionKind IS NULL OR n.regionKind = $regionKind)
  WITH n
  ORDER BY n.sortKey
  WITH collect(n) AS passed
  RETURN size(passed) AS total,
         [n IN passed WHERE n.sortKey > $after][..$limit] AS page
}
// here goes back too when whole, for count-nodes-from-place.cypher should the total be wanted past the budget.
RETURN byIndex, hereWhole AS here, total,
       [n IN page | {properties: [k IN $properties | n[k]], position: n.sortKey, elementId: elementId(n)}] AS page
