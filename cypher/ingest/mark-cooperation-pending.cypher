// Marks :CooperationPending the institutions taking part ($participation) in the nodes $ids, in the writing
// transaction: a write that changed who takes part in them, or their dates, may change the derived
// COOPERATES_WITH edges of every participant (paths/derive-cooperation.cypher re-derives and unmarks them).
UNWIND $ids AS id
MATCH (x:Entity {id: id})<-[p]-(i:Institution)
WHERE type(p) IN $participation
SET i:CooperationPending
RETURN count(DISTINCT i) AS marked
