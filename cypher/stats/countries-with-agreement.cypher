// How many countries signed at least one S&T agreement.
MATCH (c:Country)
WHERE EXISTS { (c)-[:SIGNED]->(:Agreement) }
RETURN count(c) AS countries
