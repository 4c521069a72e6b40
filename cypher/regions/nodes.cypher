// The nodes with these ids, for drawing and describing a page of region links; ids naming none are left out.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n
