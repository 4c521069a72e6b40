// How many full-text hits there are when no country, region or field filter is given (search/search-anywhere.cypher
// says why this is a file of its own).
CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS n, score
WHERE ($kinds IS NULL OR n.kind IN $kinds)
RETURN count(n) AS total
