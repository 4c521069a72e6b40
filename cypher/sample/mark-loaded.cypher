// Marks a dataset as completely loaded, with the settings it was generated with.
MERGE (d:__Dataset {name: $name})
SET d.fingerprint = $fingerprint, d.nodes = $nodes, d.edges = $edges, d.loadedAt = datetime()
