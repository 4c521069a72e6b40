// The nodes with these ids and the edges among them (at most $maxEdges, one more to tell the cap was hit),
// for drawing a list of gaps: the countries and the agreements they signed, an institution and its projects.
MATCH (n:Entity)
WHERE n.id IN $ids
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN nodes
  RETURN collect({source: a.id, target: b.id, kind: type(r), properties: properties(r)})[0..$maxEdges + 1] AS edges
}
RETURN nodes, edges
