// The properties the nodes to export have, with the types of their values (one row per key and type), so
// a writer can declare its columns before the first node: GraphML keys, GEXF attributes and CSV headers
// come first. Reads every node once; holds only the distinct (key, type) pairs.
MATCH (n:Entity)
UNWIND keys(n) AS key
RETURN DISTINCT key, valueType(n[key]) AS type
ORDER BY key, type
