// The countries or regions coverage groups by ($groupBy: COUNTRY or REGION), in name order, each with
// the countries it stands for at $asOf: a country stands for itself, a region for the countries IN_REGION of
// it. Every area is listed, those with nothing in them included, so that a gap shows as a row of zeros.
MATCH (a:Entity)
WHERE a.kind = $groupBy AND a.sortKey IS NOT NULL
ORDER BY a.sortKey
WITH collect(a) AS areas
WITH size(areas) AS total, areas[0..$first] AS page
UNWIND page AS a
RETURN total, a AS area, CASE WHEN a.kind = 'COUNTRY' THEN [a.id] ELSE COLLECT {
  MATCH (c:Country)-[m:IN_REGION]->(a)
  WHERE $asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf))
  RETURN c.id
} END AS countries
