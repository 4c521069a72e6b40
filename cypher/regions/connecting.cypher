// Nodes of one kind (joint labs, projects, parks, centres) with a participating institution located in
// region A and another in region B, with that evidence: who sits where, in what role. Starts from the
// kind's nodes (entity_kind_sort_key index), which are far fewer than the institutions of a region.
MATCH (x:Entity)
WHERE x.kind = $kind
  AND ($field IS NULL OR EXISTS { (x)-[:IN_FIELD]->(:Field {id: $field}) })
  AND ($asOf IS NULL OR ((x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR x.until >= $asOf)))
MATCH (x)<-[pa:PARTNER_OF|PARTICIPATES_IN|OPERATES]-(ia:Institution)-[:LOCATED_IN]->(ca:Country)-[:IN_REGION]->(:Region {id: $regionA})
WHERE $asOf IS NULL OR ((pa.since IS NULL OR pa.since <= $asOf) AND (pa.until IS NULL OR pa.until >= $asOf))
WITH x, collect(DISTINCT {institution: ia, country: ca, role: pa.role, kind: type(pa)}) AS sideA
MATCH (x)<-[pb:PARTNER_OF|PARTICIPATES_IN|OPERATES]-(ib:Institution)-[:LOCATED_IN]->(cb:Country)-[:IN_REGION]->(:Region {id: $regionB})
WHERE $asOf IS NULL OR ((pb.since IS NULL OR pb.since <= $asOf) AND (pb.until IS NULL OR pb.until >= $asOf))
WITH x, sideA, collect(DISTINCT {institution: ib, country: cb, role: pb.role, kind: type(pb)}) AS sideB
// Two different institutions must do the connecting, even where the regions overlap.
WHERE any(a IN sideA WHERE any(b IN sideB WHERE a.institution <> b.institution))
RETURN x, sideA, sideB
ORDER BY x.kind, x.sortKey
