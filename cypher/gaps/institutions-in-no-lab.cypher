// Institutions that take part in projects at $asOf but are a partner of no joint lab then, those in the most
// projects first (then in name order): the first $first, each with how many projects and the ids of at most
// 20 of them, and how many such institutions there are in all.
MATCH (i:Institution)-[p:PARTICIPATES_IN]->(x:Project)
WHERE ($asOf IS NULL OR ((p.since IS NULL OR p.since <= $asOf) AND (p.until IS NULL OR p.until >= $asOf)))
  AND ($asOf IS NULL OR ((x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR x.until >= $asOf)))
WITH i, collect(DISTINCT x.id) AS projects
WHERE NOT EXISTS {
  MATCH (i)-[q:PARTNER_OF]->(l:JointLab)
  WHERE ($asOf IS NULL OR ((q.since IS NULL OR q.since <= $asOf) AND (q.until IS NULL OR q.until >= $asOf)))
    AND ($asOf IS NULL OR ((l.since IS NULL OR l.since <= $asOf) AND (l.until IS NULL OR l.until >= $asOf)))
}
WITH i, projects
ORDER BY size(projects) DESC, i.sortKey
WITH count(i) AS total, collect({id: i.id, name: i.name, projectCount: size(projects), projects: projects[0..20]})[0..$first] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS row
RETURN total, row.id AS id, row.name AS name, row.projectCount AS projectCount, row.projects AS projects
