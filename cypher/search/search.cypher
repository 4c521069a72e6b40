// One page of full-text hits over names and aliases, best first, with optional kind and place filters
// (the same country, region and field filters as network/list-nodes.cypher). $index is the full-text index
// that the script of the text picks (NameIndex), $query the Lucene query built from it (LuceneQuery).
// Pages by keyset, after the hit ($afterScore, $afterId) in the same order, not by SKIP: the hits before
// the page are dropped before the filters and the sort, and only $limit are kept while sorting. Each hit
// returns the values of $properties, in their order (only those some selected field can show: NodeProperties).
OPTIONAL MATCH (regionCountry:Country)-[:IN_REGION]->(:Region {id: $region})
WITH collect(regionCountry) AS regionCountries
CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS n, score
WHERE ($afterScore IS NULL OR score < $afterScore OR (score = $afterScore AND n.id > $afterId))
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($country IS NULL
       OR EXISTS { (n)-[:LOCATED_IN|SIGNED]-(:Country {id: $country}) }
       OR EXISTS { (n)<-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]-(:Institution)-[:LOCATED_IN]->(:Country {id: $country}) })
  AND ($region IS NULL
       OR EXISTS { (n)-[:LOCATED_IN|SIGNED]-(c:Country) WHERE c IN regionCountries }
       OR EXISTS { (n)-[:IN_REGION]->(:Region {id: $region}) }
       OR EXISTS { (n)<-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]-(:Institution)-[:LOCATED_IN]->(c:Country) WHERE c IN regionCountries })
  AND ($field IS NULL OR EXISTS { (n)-[:IN_FIELD]->(:Field {id: $field}) })
WITH n, score
ORDER BY score DESC, n.id
LIMIT $limit
RETURN [k IN $properties | n[k]] AS properties, score
