// Up to $first institutions whose COOPERATES_WITH edges a write may have changed (marked :CooperationPending
// in the write's own transaction, so a killed import leaves its marks behind for the next derivation), each
// with its number of participation edges, by which the derivation sizes its transactions.
MATCH (i:CooperationPending)
WITH i
LIMIT $first
RETURN i.id AS id, COUNT { (i)-[p]->(:Entity) WHERE type(p) IN $participation } AS participations
