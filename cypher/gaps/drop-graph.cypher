// Drops the projected graph $graph from Graph Data Science's catalog; no error when it is not there.
CALL gds.graph.drop($graph, false) YIELD graphName
RETURN graphName
