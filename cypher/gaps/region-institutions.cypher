// The institutions of region $region at $asOf, with their country: located in a country IN_REGION of it, and
// taking part in a lab, project, park or centre ($kinds, by $participation) at $asOf, so that they are in the
// graph participation-ties.cypher reads. One of the two sides of the brokers between two regions.
MATCH (:Region {id: $region})<-[m:IN_REGION]-(c:Country)<-[l:LOCATED_IN]-(i:Institution)
WHERE ($asOf IS NULL OR ((m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf)))
  AND ($asOf IS NULL OR ((l.since IS NULL OR l.since <= $asOf) AND (l.until IS NULL OR l.until >= $asOf)))
  AND EXISTS {
    MATCH (i)-[p]->(x:Entity)
    WHERE type(p) IN $participation AND x.kind IN $kinds
      AND ($asOf IS NULL OR ((p.since IS NULL OR p.since <= $asOf) AND (p.until IS NULL OR p.until >= $asOf)))
      AND ($asOf IS NULL OR ((x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR x.until >= $asOf)))
  }
RETURN DISTINCT i.id AS id, c.id AS country
ORDER BY id, country
