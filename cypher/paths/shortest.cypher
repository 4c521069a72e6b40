// One shortest path between two nodes, ignoring edge direction.
// The pattern is the same in shortest, all-shortest and k-shortest: edges of $edgeKinds (null: any),
// every node between the ends of a kind in $via (null: any), at most $maxHops edges. The 8 in {1,8} is
// the largest $maxHops the API accepts: Cypher wants a literal there.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a) ((x)-[r]-(y)
    WHERE ($edgeKinds IS NULL OR type(r) IN $edgeKinds)
      AND (y.id = $to OR $via IS NULL OR y.kind IN $via)){1,8} (b)
WHERE length(p) <= $maxHops
RETURN nodes(p) AS nodes,
       [rel IN relationships(p) | {source: startNode(rel).id, target: endNode(rel).id, kind: type(rel),
                                   properties: properties(rel)}] AS edges
