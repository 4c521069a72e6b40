// The regions with these ids, in the order asked; ids naming no region are left out.
UNWIND range(0, size($ids) - 1) AS i
MATCH (r:Region {id: $ids[i]})
RETURN r
ORDER BY i
