// The betweenness of every node of the projected graph $graph, by public id: exact (Brandes) without
// $config.samplingSize, estimated from samplingSize source nodes (samplingSeed fixed, so reruns agree) otherwise.
// Undirected, so every pair of nodes counts once; Java normalises by (n-1)(n-2)/2. Java asks for one thread
// ($config.concurrency), so that the floating-point sums, and so the answer, are the same on every run.
CALL gds.betweenness.stream($graph, $config) YIELD nodeId, score
RETURN gds.util.asNode(nodeId).id AS id, score
