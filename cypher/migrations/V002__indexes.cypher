// Listing a kind page by page walks this index in (kind, sortKey) order; sortKey is the lower-cased name
// and the id, so it orders by name and is unique, which keyset cursors need.
CREATE INDEX entity_kind_sort_key IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.sortKey);

// Full-text search over names and aliases of every kind of node.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];

// Countries are also looked up by their ISO codes.
CREATE INDEX country_iso3 IF NOT EXISTS FOR (n:Country) ON (n.iso3);
CREATE INDEX country_iso2 IF NOT EXISTS FOR (n:Country) ON (n.iso2);
