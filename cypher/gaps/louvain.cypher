// The Louvain communities of the projected graph $graph and the modularity of the partition, by GDS node id,
// with each node's public id and kind. GDS's Louvain takes no random seed, so it runs on one thread
// (concurrency 1), where it visits the nodes in the projection's order: the same graph gives the same
// partition (CommunitiesTest runs it four times on the karate club).
// `stream` does not yield the modularity, so `stats` runs the same configuration first and yields it (Louvain
// twice: a projection has no community property to compute a modularity from, and writing one to it would
// make this file fail when run twice on a graph); CommunitiesTest checks the two agree, to 1e-6, by
// recomputing the modularity from the streamed partition.
CALL gds.louvain.stats($graph, {concurrency: 1, maxLevels: 10, maxIterations: 10, tolerance: 0.0001})
  YIELD modularity, ranLevels
CALL gds.louvain.stream($graph, {concurrency: 1, maxLevels: 10, maxIterations: 10, tolerance: 0.0001})
  YIELD nodeId, communityId
WITH nodeId, communityId, modularity, ranLevels, gds.util.asNode(nodeId) AS node
RETURN nodeId, node.id AS id, node.kind AS kind, communityId AS community, modularity, ranLevels AS levels
