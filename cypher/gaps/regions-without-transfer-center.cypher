// Regions of countries that no transfer centre serves at $asOf, in name order: the first $first and how many
// there are in all. A centre serving a region also serves the regions that are PART_OF it (one serving
// Africa serves Eastern Africa), so a region counts as served when a centre SERVES it or a region above it.
MATCH (r:Region)
WHERE r.sortKey IS NOT NULL
  AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)))
  AND EXISTS { (r)<-[:IN_REGION]-(:Country) }
  AND NOT EXISTS {
    MATCH (r)-[:PART_OF*0..]->(:Region)<-[s:SERVES]-(t:TransferCenter)
    WHERE ($asOf IS NULL OR ((s.since IS NULL OR s.since <= $asOf) AND (s.until IS NULL OR s.until >= $asOf)))
      AND ($asOf IS NULL OR ((t.since IS NULL OR t.since <= $asOf) AND (t.until IS NULL OR t.until >= $asOf)))
  }
WITH r
ORDER BY r.sortKey
WITH count(r) AS total, collect({id: r.id, name: r.name})[0..$first] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS row
RETURN total, row.id AS id, row.name AS name
