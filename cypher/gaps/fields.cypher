// Every field of science and technology, in name order: the columns of coverage.
MATCH (f:Field)
WHERE f.sortKey IS NOT NULL
RETURN f
ORDER BY f.sortKey
