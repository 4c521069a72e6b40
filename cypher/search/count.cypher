// How many full-text hits pass the filters of search/search.cypher (kept identical to them).
OPTIONAL MATCH (regionCountry:Country)-[:IN_REGION]->(:Region {id: $region})
WITH collect(regionCountry) AS regionCountries
CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS n, score
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($country IS NULL
       OR EXISTS { (n)-[:LOCATED_IN|SIGNED]-(:Country {id: $country}) }
       OR EXISTS { (n)<-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]-(:Institution)-[:LOCATED_IN]->(:Country {id: $country}) })
  AND ($region IS NULL
       OR EXISTS { (n)-[:LOCATED_IN|SIGNED]-(c:Country) WHERE c IN regionCountries }
       OR EXISTS { (n)-[:IN_REGION]->(:Region {id: $region}) }
       OR EXISTS { (n)<-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]-(:Institution)-[:LOCATED_IN]->(c:Country) WHERE c IN regionCountries })
  AND ($field IS NULL OR EXISTS { (n)-[:IN_FIELD]->(:Field {id: $field}) })
RETURN count(n) AS total
