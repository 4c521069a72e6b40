// Creates nodes of one kind that do not exist yet (the caller looked their ids up in the entity_id
// constraint's index first): no per-row match, so a fresh import writes at CREATE speed. The label is a
// parameter checked against the Kind enum by the caller. sortKey orders lists by name (V002__indexes.cypher);
// :CjkNamed marks a name or alias in Chinese, Japanese or Korean script ($cjkText, CjkNames), for V007's index.
UNWIND $rows AS row
CREATE (n:Entity:$($label) {id: row.id})
SET n += row.properties, n.kind = $kind, n.sortKey = toLower(row.properties.name) + '\u001f' + row.id
WITH n
CALL (n) {
  WITH n WHERE any(text IN [n.name] + coalesce(n.aliases, []) WHERE text IS NOT NULL AND text =~ $cjkText)
  SET n:CjkNamed
}
RETURN count(n) AS created
