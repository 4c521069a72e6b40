// paths/shortest.cypher with $via, $asOf and $toIn null: one shortest path from $from to $to along edges of
// $edgeKinds, direction ignored, of at most $maxHops edges. On the embedded default ShortestPathTraversal (the
// same search on the Core API) answers instead; this file answers against an external Neo4j.
// Neo4j's legacy shortestPath(): a bidirectional breadth-first search that tests each edge's type as it
// expands, and that a transaction's timeout stops. SHORTEST 1 (shortest.cypher's form, with `+`) was 2-3x
// slower from hubs, and at 1m could not answer 5 of 400 institution pairs within a request's 10 s, where this
// form answered all 400 in milliseconds with the same lengths (README, "PROFILE notes for the hot queries").
// The length bound comes after the search, in a WITH of its own: a predicate on the whole path that the
// shortest one fails would make Neo4j fall back to an exhaustive search. The search's own bound is 8, the
// largest maxHops (PathFinder.MAX_HOPS; a variable-length bound cannot be a parameter).
// ShortestUnfilteredTest holds this file and the traversal to shortest.cypher's lengths.
MATCH (a:Entity {id: $from})
MATCH (z:Entity {id: $to})
MATCH p = shortestPath((a)-[*..8]-(z))
WHERE all(r IN relationships(p) WHERE type(r) IN $edgeKinds)
WITH p
WHERE length(p) <= $maxHops
RETURN nodes(p) AS nodes,
       [rel IN relationships(p) | {source: startNode(rel).id, target: endNode(rel).id, kind: type(rel),
                                   properties: properties(rel)}] AS edges
