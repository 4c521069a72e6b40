// search/search.cypher when no country, region or field filter is given: the same hits in the same order.
// A file of its own because the place and field tests, even with null parameters, are six apply operators
// per hit, which cost more than the search itself on a word most names hold (at 1m, 164k hits of
// "cooperation proj": 91-111 ms here, 209-214 ms through search/search.cypher; SearchTest holds both files
// to the same pages).
CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS n, score
WHERE ($afterScore IS NULL OR score < $afterScore OR (score = $afterScore AND n.id > $afterId))
  AND ($kinds IS NULL OR n.kind IN $kinds)
WITH n, score
ORDER BY score DESC, n.id
LIMIT $limit
RETURN [k IN $properties | n[k]] AS properties, score
