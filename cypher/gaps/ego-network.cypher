// The ego network of institution $id over the derived COOPERATES_WITH graph at $asOf, for Burt's constraint and
// effective size (EgoNetworks): its alters, the strongest ties first, at most $maxAlters of them, each with
// - weight: the things ego and alter share (at $asOf: those whose shared span covers the date);
// - total, strongest: the sum and the largest of the alter's weights over ALL its ties (Burt's proportions
//   p(q, j) and marginal strengths are taken over an alter's whole network, not only the ego's);
// - among: its ties to the other kept alters, with their weights;
// and, on every row, how many alters the ego has in all and the sum of its weights. An ego with no tie is one
// row with a null alter. A hub's cost is the ties of its kept alters, hence the cap.
MATCH (ego:Institution {id: $id})
WITH ego, COLLECT {
  MATCH (ego)-[c:COOPERATES_WITH]-(alter:Institution)
  WITH alter, CASE WHEN $asOf IS NULL THEN c.weight
    ELSE size([i IN range(0, size(c.shared) - 1) WHERE c.sharedSince[i] <= $asOf AND c.sharedUntil[i] >= $asOf]) END AS weight
  WHERE weight > 0
  RETURN {alter: alter, weight: weight} AS tie
  ORDER BY weight DESC, alter.id
} AS ties
WITH ego, size(ties) AS size, reduce(s = 0, t IN ties | s + t.weight) AS egoWeight, ties[0..$maxAlters] AS kept
WITH ego, size, egoWeight, kept, [t IN kept | t.alter] AS alters
UNWIND (CASE WHEN size(kept) = 0 THEN [null] ELSE kept END) AS tie
WITH size, egoWeight, alters, tie.alter AS alter, tie.weight AS weight
CALL (alter, alters) {
  MATCH (alter)-[c:COOPERATES_WITH]-(other:Institution)
  WITH other, CASE WHEN $asOf IS NULL THEN c.weight
    ELSE size([i IN range(0, size(c.shared) - 1) WHERE c.sharedSince[i] <= $asOf AND c.sharedUntil[i] >= $asOf]) END AS w
  WHERE w > 0
  RETURN sum(w) AS total, max(w) AS strongest, collect(CASE WHEN other IN alters THEN {id: other.id, weight: w} END) AS among
}
RETURN size, egoWeight, alter.id AS alter, weight, total, strongest, among
