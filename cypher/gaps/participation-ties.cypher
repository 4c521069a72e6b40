// Every participation ($participation, at $asOf) of an institution in a lab, project, park or centre ($kinds,
// existing at $asOf), as the pair of their ids: the bipartite graph brokers use (project-participation.cypher),
// read into the JVM by the brokers between two regions, which remove one actor at a time and search again.
MATCH (i:Institution)-[p]->(x:Entity)
WHERE type(p) IN $participation AND x.kind IN $kinds
  AND ($asOf IS NULL OR ((p.since IS NULL OR p.since <= $asOf) AND (p.until IS NULL OR p.until >= $asOf)))
  AND ($asOf IS NULL OR ((x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR x.until >= $asOf)))
RETURN i.id AS institution, x.id AS thing
