// Every shortest path (all of the least length) from $from to $to, or to the nearest institutions
// located in $toIn.
// The pattern is the same in shortest, all-shortest and k-shortest (which keeps the bound {1,8}). Edge
// direction is ignored.
// - Each step follows an edge of $edgeKinds (the API passes the cooperation kinds when none are asked for).
// - Each node between the ends is of a kind in $via (null: any): checked on the node a step leaves, so
//   neither end is.
// - With $via or $asOf, a COOPERATES_WITH step must stand for a thing both ends shared (its sharedKinds,
//   sharedSince, sharedUntil) of a kind in $via, both taking part in it at $asOf: that thing is a node
//   the step passes over.
// - With $asOf, every node and edge of the path exists at that date (its since/until span covers it).
// - With $toIn, the path reaches an institution b other than $from, then goes on to $toIn by LOCATED_IN
//   (and IN_REGION, for a region): `tail` more edges (1 to a country, 2 to a region), which are cut off
//   before returning. Without it, the tail is empty and b is $to. The search stays one from a to a known
//   end. A $toIn that is no country or region, or an end that is no node, finds no row: PathFinder then
//   asks network/kinds-of which one it was, so a found path costs no such query.
// The search has no upper bound: maxHops bounds the path found, which is within it or no path is. With {1,8}
// (8, the largest maxHops) the search tracked each node at each repetition count: at 1m, over the benchmark's
// 30 pairs with via [INSTITUTION, JOINT_LAB, PROJECT], shortest.cypher took 1,494 ms in all so and 515 ms
// unbounded (one pair 977 to 65 ms); all-shortest.cypher, nine pairs without filters, 862 to 52 ms.
MATCH (a:Entity {id: $from})
WHERE $asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf))
MATCH (z:Entity {id: coalesce($to, $toIn)})
WITH a, z, CASE WHEN $toIn IS NULL THEN 0 WHEN z:Country THEN 1 WHEN z:Region THEN 2 END AS tail
WHERE tail IS NOT NULL
MATCH p = ALL SHORTEST (a)
    ((x)-[r]-(y)
      WHERE type(r) IN $edgeKinds
        AND (x.id = $from OR $via IS NULL OR x.kind IN $via)
        AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)
                               AND (y.since IS NULL OR y.since <= $asOf) AND (y.until IS NULL OR y.until >= $asOf)))
        AND (type(r) <> 'COOPERATES_WITH' OR ($via IS NULL AND $asOf IS NULL)
             OR any(i IN range(0, size(r.sharedKinds) - 1)
                    WHERE ($via IS NULL OR r.sharedKinds[i] IN $via)
                      AND ($asOf IS NULL OR (r.sharedSince[i] <= $asOf AND r.sharedUntil[i] >= $asOf)))))+
    (b WHERE $toIn IS NULL OR (b:Institution AND b.id <> $from))
    ((e)-[t:LOCATED_IN|IN_REGION]->(f)
      WHERE ((e:Institution AND f:Country AND tail > 0) OR (e:Country AND f:Region AND f.id = $toIn))
        AND ($asOf IS NULL OR ((t.since IS NULL OR t.since <= $asOf) AND (t.until IS NULL OR t.until >= $asOf)))){0,2}
    (z)
WHERE length(p) <= $maxHops + tail
WITH p, nodes(p)[0..length(p) + 1 - tail] AS path, relationships(p)[0..length(p) - tail] AS steps
RETURN path AS nodes,
       [rel IN steps | {source: startNode(rel).id, target: endNode(rel).id, kind: type(rel),
                        properties: properties(rel)}] AS edges
LIMIT $limit
