// Derives afresh the COOPERATES_WITH edges of the institutions $ids (a chunk of those a write marked
// :CooperationPending) and clears their mark. Edges are stored from the lower id to the higher, read undirected.
// - Two institutions cooperate through a lab, project, park or centre x they both take part in ($participation)
//   from the later of their two starts until the earlier of their two ends, within x's own since/until; a pair
//   whose spans never overlap did not cooperate through x. Lists cannot hold nulls, so an open start is
//   0001-01-01 and an open end 9999-12-31.
// - Only things with at most $maxConsortium participation edges derive pairs: the pairs of a consortium grow
//   with the square of its size, so a 300-member project would add 44,850 edges. Its members stay two hops
//   apart through the project node itself, which paths and neighbourhoods follow like any other edge.
// - weight: how many things they share; via: their kinds; shared, sharedKinds, sharedSince, sharedUntil: one
//   entry per shared thing, in id order (paths and neighbourhoods read them for `via` and `asOf`);
//   since, until: the earliest start and the latest end of those spans (no until while one is open).
// - An edge is written only where a derived value differs, so re-deriving an unchanged pair writes nothing;
//   an edge of a marked institution that no longer stands for a shared thing is deleted.
// - $partners, when not null, derives only the pairs with those institutions (and deletes only edges to
//   them), so a hub's pairs go in several transactions (paths/cooperation-candidates.cypher lists them all);
//   the mark is cleared when $partners is null or $last is true, so a hub stopped half-way is derived again.
UNWIND $ids AS id
MATCH (a:Institution {id: id})
CALL (a) {
  MATCH (a)-[pa]->(x:Entity)
  WHERE type(pa) IN $participation
  WITH a, pa, x
  WHERE COUNT { (x)<-[p]-(:Institution) WHERE type(p) IN $participation } <= $maxConsortium
  MATCH (x)<-[pb]-(b:Institution)
  WHERE type(pb) IN $participation AND b <> a AND ($partners IS NULL OR b.id IN $partners)
  WITH a, b, x,
       reduce(s = date('0001-01-01'), d IN [pa.since, pb.since, x.since] | CASE WHEN d > s THEN d ELSE s END) AS start,
       reduce(e = date('9999-12-31'), d IN [pa.until, pb.until, x.until] | CASE WHEN d < e THEN d ELSE e END) AS end
  WHERE start <= end
  // Two kinds of participation in one thing would count it twice: one span per thing, the widest.
  WITH a, b, x, min(start) AS start, max(end) AS end
  ORDER BY x.id
  WITH a, b, collect(x.id) AS shared, collect(x.kind) AS sharedKinds, collect(start) AS sharedSince,
       collect(end) AS sharedUntil, collect(DISTINCT x.kind) AS via, min(start) AS since, max(end) AS until,
       any(s IN collect(x.synthetic) WHERE s) AS synthetic
  WITH b, CASE WHEN a.id < b.id THEN a ELSE b END AS low, CASE WHEN a.id < b.id THEN b ELSE a END AS high,
       {weight: size(shared), via: via, shared: shared, sharedKinds: sharedKinds, sharedSince: sharedSince,
        sharedUntil: sharedUntil, since: CASE WHEN since > date('0001-01-01') THEN since END,
        until: CASE WHEN until < date('9999-12-31') THEN until END, synthetic: synthetic} AS derived
  MERGE (low)-[c:COOPERATES_WITH]->(high)
  WITH b, c, derived,
       any(key IN keys(derived) WHERE NOT coalesce(c[key] = derived[key], c[key] IS NULL AND derived[key] IS NULL)) AS changed
  CALL (c, derived, changed) {
    WITH c, derived WHERE changed
    SET c += derived, c.derived = true, c.asOf = date(),
        c.source = 'derived from shared labs, projects, parks and centres'
  }
  RETURN collect(b) AS partners, count(CASE WHEN changed THEN 1 END) AS written
}
CALL (a, partners) {
  MATCH (a)-[c:COOPERATES_WITH]-(o)
  WHERE NOT o IN partners AND ($partners IS NULL OR o.id IN $partners)
  DELETE c
  RETURN count(c) AS removed
}
CALL (a) {
  WITH a WHERE $partners IS NULL OR $last
  REMOVE a:CooperationPending
}
RETURN count(a) AS institutions, sum(written) AS written, sum(removed) AS removed
