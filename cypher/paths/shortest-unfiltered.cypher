// paths/shortest.cypher with $via, $asOf and $toIn null: one shortest path from $from to $to along edges of
// $edgeKinds, direction ignored. Without them every step's test but the type holds, the tail to a place is
// empty and b is $to, yet shortest.cypher still evaluates those tests on each edge the search expands and
// carries the tail's states: from the largest hubs at 1m that costs 2.5-3x the db hits and time of this file
// (ror:033hgcp80 to a partner, 132,345 db hits and 74-76 ms in-process against 68,788 and 29-30 ms).
// ShortestUnfilteredTest holds the two to the same lengths.
// The search has no upper bound: {1,8} made it track each node at each repetition count, and a 3-hop pair of
// the benchmark took 640-690 ms so, 40 ms unbounded (the driver's hand-written {1,6}, 365-405 ms); its 30
// pairs took 799 ms in all through shortest.cypher as it then was, 152 ms through this file. The answer is the same: SHORTEST finds the shortest path, which
// is within $maxHops or no path is, so the bound on the path found is enough.
MATCH (a:Entity {id: $from})
MATCH (z:Entity {id: $to})
MATCH p = SHORTEST 1 (a) ((x)-[r]-(y) WHERE type(r) IN $edgeKinds)+ (z)
WHERE length(p) <= $maxHops
RETURN nodes(p) AS nodes,
       [rel IN relationships(p) | {source: startNode(rel).id, target: endNode(rel).id, kind: type(rel),
                                   properties: properties(rel)}] AS edges
