// For the nodes with these ids (the members of communities), at $asOf: each one's kind, the fields it is
// IN_FIELD of (labs, projects, parks, centres) and the regions of the country it is LOCATED_IN (institutions,
// labs, parks, centres), every level (continent, sub-region, bloc). Java counts them per community: its main
// fields and its regions. Ids naming no node are left out.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.kind AS kind,
  COLLECT { MATCH (n)-[:IN_FIELD]->(f:Field) RETURN DISTINCT f.id } AS fields,
  COLLECT {
    MATCH (n)-[l:LOCATED_IN]->(:Country)-[m:IN_REGION]->(r:Region)
    WHERE $asOf IS NULL OR ((l.since IS NULL OR l.since <= $asOf) AND (l.until IS NULL OR l.until >= $asOf)
      AND (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf))
    RETURN DISTINCT r.id
  } AS regions
