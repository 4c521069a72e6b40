// Every institution $id may have a COOPERATES_WITH edge with after its derivation: those taking part
// ($participation) in a thing it takes part in that derives pairs (at most $maxConsortium participation
// edges), and those it has an edge with now (which the derivation may delete). A hub's derivation goes
// through them a chunk per transaction (paths/derive-cooperation.cypher with $partners).
MATCH (a:Institution {id: $id})
CALL (a) {
  MATCH (a)-[pa]->(x:Entity)
  WHERE type(pa) IN $participation
    AND COUNT { (x)<-[p]-(:Institution) WHERE type(p) IN $participation } <= $maxConsortium
  MATCH (x)<-[pb]-(b:Institution)
  WHERE type(pb) IN $participation AND b <> a
  RETURN b
  UNION
  MATCH (a)-[:COOPERATES_WITH]-(b)
  RETURN b
}
RETURN DISTINCT b.id AS id
ORDER BY id
