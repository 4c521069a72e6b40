// Creates or updates nodes of one kind by public id, and says per row what it did. A node whose given
// properties all equal the stored ones is left alone (not written), so the same rows twice write nothing
// and an updated file updates only what changed. A null property removes it. The label is a parameter
// (Cypher 5.26 dynamic labels), checked against the Kind enum by the caller; the lookup is backed by the
// entity_id constraint. sortKey orders lists by name (see V002__indexes.cypher); :CjkNamed marks a name or
// alias in Chinese, Japanese or Korean script ($cjkText, CjkNames), which V007's index holds. The caller sends each
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
  WITH n WHERE any(text IN [n.name] + coalesce(n.aliases, []) WHERE text IS NOT NULL AND text =~ $cjkText)
  SET n:CjkNamed
}
CALL (row, old, outcome) {
  WITH row, old WHERE outcome = 'updated'
  SET old += row.properties, old.kind = $kind
  SET old.sortKey = toLower(old.name) + '\u001f' + old.id
  SET old:$($label)
  WITH old, any(text IN [old.name] + coalesce(old.aliases, []) WHERE text IS NOT NULL AND text =~ $cjkText) AS cjk
  CALL (old, cjk) {
    WITH old WHERE cjk
    SET old:CjkNamed
  }
  CALL (old, cjk) {
    WITH old WHERE NOT cjk
    REMOVE old:CjkNamed
  }
}
RETURN outcome, count(*) AS rows
