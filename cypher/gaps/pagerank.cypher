// The PageRank of every node of the projected graph $graph, by public id (damping 0.85, GDS's defaults), on
// one thread so that every run gives the same scores.
CALL gds.pageRank.stream($graph, {dampingFactor: 0.85, concurrency: 1}) YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
