// The total of list-nodes.cypher (what count-nodes.cypher counts), counted from the place a country or region
// filter names, for a place past innograph.api.place-listing-budget, whose page the kind's index finds
// (list-nodes-from-place.cypher): the nodes reached from the place by the ways of the filter are counted, not
// held and sorted. count-nodes.cypher tests every node of the kind, and each such test expands the node's
// ways into places; this side reads the edges into the place once. So it is taken while those edges (here,
// from degrees, as list-nodes-from-place.cypher counts them) are no more than the kind's nodes and the
// involvement edges into them (the count store gives both); otherwise byIndex is true, nothing else is read,
// and count-nodes.cypher counts. At 1m, the projects of Europe: 292 ms against 795 ms; the 9 transfer centres
// are left to the index, which tests 9 nodes where this side would walk every participation of Europe.
// The filters are those of list-nodes.cypher.
OPTIONAL MATCH (regionCountry:Country)-[:IN_REGION]->(:Region {id: $region})
WITH collect(regionCountry) AS regionCountries
OPTIONAL MATCH (countryFilter:Country {id: $country})
WITH regionCountries,
     CASE WHEN $country IS NULL THEN regionCountries ELSE collect(countryFilter) END AS placeCountries
WITH regionCountries, placeCountries,
     CASE $kind
       WHEN 'REGION' THEN [COUNT { (:Region) }, COUNT { ()-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->(:Region) }]
       WHEN 'COUNTRY' THEN [COUNT { (:Country) }, COUNT { ()-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->(:Country) }]
       WHEN 'INSTITUTION' THEN [COUNT { (:Institution) }, COUNT { ()-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->(:Institution) }]
       WHEN 'JOINT_LAB' THEN [COUNT { (:JointLab) }, COUNT { ()-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->(:JointLab) }]
       WHEN 'TRANSFER_CENTER' THEN [COUNT { (:TransferCenter) }, COUNT { ()-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->(:TransferCenter) }]
       WHEN 'INDUSTRIAL_PARK' THEN [COUNT { (:IndustrialPark) }, COUNT { ()-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->(:IndustrialPark) }]
       WHEN 'DEMO_CENTER' THEN [COUNT { (:DemoCenter) }, COUNT { ()-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->(:DemoCenter) }]
       WHEN 'PROJECT' THEN [COUNT { (:Project) }, COUNT { ()-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->(:Project) }]
       WHEN 'ACTIVITY' THEN [COUNT { (:Activity) }, COUNT { ()-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->(:Activity) }]
       WHEN 'AGREEMENT' THEN [COUNT { (:Agreement) }, COUNT { ()-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->(:Agreement) }]
       WHEN 'FIELD' THEN [COUNT { (:Field) }, COUNT { ()-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->(:Field) }]
     END AS kindSize
WITH regionCountries, placeCountries, kindSize[1] > 0 AS involvable, kindSize[0] + kindSize[1] AS byIndexCost
// $here, when list-nodes-from-place.cypher has counted it already, is not counted again.
CALL (placeCountries) {
  UNWIND CASE WHEN $here IS NULL THEN placeCountries ELSE [] END AS c
  RETURN sum(COUNT { (c)-[:LOCATED_IN|SIGNED]-() }) AS located
}
CALL (placeCountries, involvable) {
  UNWIND CASE WHEN involvable AND $here IS NULL THEN placeCountries ELSE [] END AS c
  MATCH (c)<-[:LOCATED_IN]-(i:Institution)
  RETURN sum(COUNT { (i)-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]->() }) AS involved
}
WITH regionCountries, placeCountries, involvable, coalesce($here, located + involved) > byIndexCost AS byIndex
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
WITH regionCountries, byIndex, collect(DISTINCT n) AS reached
CALL (regionCountries, reached) {
  UNWIND reached AS n
  WITH n
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
  RETURN count(n) AS total
}
RETURN byIndex, total
