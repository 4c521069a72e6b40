// The properties the edges to export have, with the types of their values (one row per key and type), for
// the columns a writer declares before the first edge. Reads every edge once; holds only the distinct
// (key, type) pairs.
MATCH (:Entity)-[r]->(:Entity)
UNWIND keys(r) AS key
RETURN DISTINCT key, valueType(r[key]) AS type
ORDER BY key, type
