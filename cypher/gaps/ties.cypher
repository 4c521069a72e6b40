// Every relationship of the projected graph $graph, by GDS node ids: Java counts from them each node's degree
// and its ties inside its own community, which ranks a community's most central members.
CALL gds.graph.relationships.stream($graph, ['*'], {concurrency: 1}) YIELD sourceNodeId, targetNodeId
RETURN sourceNodeId AS source, targetNodeId AS target
