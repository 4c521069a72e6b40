// Derives COOPERATES_WITH between two institutions that take part in the same joint lab, project,
// industrial park or centre. weight = how many such things they share; `via` = their kinds; `since` = the
// earliest start of the shared participations. Stored from the lower id to the higher, read undirected.
// Every edge written gets this run's id; remove-stale-cooperation.cypher then deletes the rest.
MATCH (a:Institution)-[pa:PARTNER_OF|PARTICIPATES_IN|OPERATES]->(x:Entity)<-[pb:PARTNER_OF|PARTICIPATES_IN|OPERATES]-(b:Institution)
WHERE a.id < b.id
WITH a, b, count(DISTINCT x) AS weight, collect(DISTINCT x.kind) AS via,
     min(coalesce(pa.since, pb.since)) AS since, any(s IN collect(x.synthetic) WHERE s) AS synthetic
MERGE (a)-[c:COOPERATES_WITH]->(b)
SET c.weight = weight, c.via = via, c.since = since, c.synthetic = synthetic, c.derived = true,
    c.source = 'derived from shared labs, projects, parks and centres', c.asOf = date(), c.run = $run
RETURN count(c) AS edges
