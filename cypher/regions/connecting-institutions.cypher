// Institutions in region A that cooperate (derived COOPERATES_WITH) with institutions in region B: the
// institution itself is the evidence on side A, its partners in B on side B.
MATCH (:Region {id: $regionA})<-[:IN_REGION]-(ca:Country)<-[:LOCATED_IN]-(x:Institution)
MATCH (x)-[c:COOPERATES_WITH]-(ib:Institution)-[:LOCATED_IN]->(cb:Country)-[:IN_REGION]->(:Region {id: $regionB})
WHERE x <> ib
  AND ($asOf IS NULL OR c.since IS NULL OR c.since <= $asOf)
WITH x, ca, collect(DISTINCT {institution: ib, country: cb, role: null, kind: 'COOPERATES_WITH'}) AS sideB
RETURN x, [{institution: x, country: ca, role: null, kind: null}] AS sideA, sideB
ORDER BY x.kind, x.sortKey
