// The degree of every node of the projected graph $graph (undirected: its number of ties), by public id.
CALL gds.degree.stream($graph) YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
