// Marks the next $first institutions after $after (in id order) :CooperationPending, for a full rebuild that
// walks every institution in bounded transactions. Returns the last id marked (null when none was left).
MATCH (i:Institution)
WHERE i.id > $after
WITH i
ORDER BY i.id
LIMIT $first
SET i:CooperationPending
RETURN max(i.id) AS last
