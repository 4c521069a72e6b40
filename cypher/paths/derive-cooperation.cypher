// Derives COOPERATES_WITH between two institutions that take part ($participation) in the same joint lab,
// project, industrial park or centre. Stored from the lower id to the higher, read undirected.
// - weight: how many such things they share; via: their kinds;
// - shared, sharedKinds, sharedSince, sharedUntil: one entry per shared thing, in id order: its id, its kind,
//   and the span in which both took part in it (the latest start, the earliest end of the two participations
//   and the thing). Lists cannot hold nulls, so an open start is 0001-01-01 and an open end 9999-12-31.
//   Paths read them to follow the edge only where it stands for a thing of a `via` kind alive at `asOf`;
// - since, until: the earliest start and the latest end of those spans (no until while one is open).
// Every edge written gets this run's id; remove-stale-cooperation.cypher then deletes the rest.
MATCH (a:Institution)-[pa]->(x:Entity)<-[pb]-(b:Institution)
WHERE a.id < b.id AND type(pa) IN $participation AND type(pb) IN $participation
WITH a, b, x,
     reduce(s = date('0001-01-01'), d IN [pa.since, pb.since, x.since] | CASE WHEN d > s THEN d ELSE s END) AS start,
     reduce(e = date('9999-12-31'), d IN [pa.until, pb.until, x.until] | CASE WHEN d < e THEN d ELSE e END) AS end
// Two kinds of participation in one thing would count it twice: one span per thing, the widest.
WITH a, b, x, min(start) AS start, max(end) AS end
ORDER BY x.id
WITH a, b, collect(x.id) AS shared, collect(x.kind) AS sharedKinds, collect(start) AS sharedSince,
     collect(end) AS sharedUntil, collect(DISTINCT x.kind) AS via, min(start) AS since, max(end) AS until,
     any(s IN collect(x.synthetic) WHERE s) AS synthetic
MERGE (a)-[c:COOPERATES_WITH]->(b)
SET c.weight = size(shared), c.via = via, c.shared = shared, c.sharedKinds = sharedKinds,
    c.sharedSince = sharedSince, c.sharedUntil = sharedUntil,
    c.since = CASE WHEN since > date('0001-01-01') THEN since END,
    c.until = CASE WHEN until < date('9999-12-31') THEN until END,
    c.synthetic = synthetic, c.derived = true,
    c.source = 'derived from shared labs, projects, parks and centres', c.asOf = date(), c.run = $run
RETURN count(c) AS edges
