// Up to $first institutions whose COOPERATES_WITH edges a write may have changed (marked :CooperationPending
// in the write's own transaction, so a killed import leaves its marks behind for the next derivation).
MATCH (i:CooperationPending)
RETURN i.id AS id
LIMIT $first
