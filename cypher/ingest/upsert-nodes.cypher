// Creates or updates nodes of one kind by public id, and says per row what it did. A node whose given
// properties all equal the stored ones is left alone (not written), so the same rows twice write nothing
// and an updated file updates only what changed. A null property removes it. The label is a parameter
// (Cypher 5.26 dynamic labels), checked against the Kind enum by the caller; the lookup is backed by the
// entity_id constraint. sortKey orders lists by name (see V002__indexes.cypher). The caller sends each
// id once per batch.
UNWIND $rows AS row
OPTIONAL MATCH (old:Entity {id: row.id})
WITH row, old,
     CASE
       WHEN old IS NULL THEN 'created'
       WHEN old.kind = $kind AND $label IN labels(old)
            AND all(key IN keys(row.properties) WHERE old[key] = row.properties[key]
                                                 OR (old[key] IS NULL AND row.properties[key] IS NULL)) THEN 'unchanged'
       ELSE 'updated'
     END AS outcome
CALL (row, outcome) {
  WITH row WHERE outcome = 'created'
  CREATE (n:Entity:$($label) {id: row.id})
  SET n += row.properties, n.kind = $kind
  SET n.sortKey = toLower(n.name) + '\u001f' + n.id
}
CALL (row, old, outcome) {
  WITH row, old WHERE outcome = 'updated'
  SET old += row.properties, old.kind = $kind
  SET old.sortKey = toLower(old.name) + '\u001f' + old.id
  SET old:$($label)
}
RETURN outcome, count(*) AS rows
