// The connected component of every node of the projected graph $graph (weakly connected components; the
// graph is undirected), by GDS node id, on one thread. Java numbers the components by size, so GDS's own
// component ids never reach a client.
CALL gds.wcc.stream($graph, {concurrency: 1}) YIELD nodeId, componentId
RETURN nodeId, componentId AS component
