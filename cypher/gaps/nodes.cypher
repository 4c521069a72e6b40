// The nodes with these ids, for the nodes of gap rows; ids naming none are left out.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n
