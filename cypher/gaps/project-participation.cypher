// Projects the institution-thing participation graph into Graph Data Science's catalog as $graph (replacing
// one of that name): every institution and every lab, project, park or centre ($kinds, existing at $asOf) it
// takes part in by a $participation edge (at $asOf), one undirected relationship per participation.
// Bipartite on purpose: a consortium of n members is n edges here, where the derived COOPERATES_WITH would
// be n(n-1)/2 (and leaves out the pairs of very large consortia), so nothing is lost and nothing blows up.
CALL gds.graph.drop($graph, false) YIELD graphName
WITH count(graphName) AS replaced
MATCH (i:Institution)-[p]->(x:Entity)
WHERE type(p) IN $participation AND x.kind IN $kinds
  AND ($asOf IS NULL OR ((p.since IS NULL OR p.since <= $asOf) AND (p.until IS NULL OR p.until >= $asOf)))
  AND ($asOf IS NULL OR ((x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR x.until >= $asOf)))
WITH gds.graph.project($graph, i, x, {}, {undirectedRelationshipTypes: ['*']}) AS projected
RETURN projected.graphName AS graph, projected.nodeCount AS nodes, projected.relationshipCount AS relationships
