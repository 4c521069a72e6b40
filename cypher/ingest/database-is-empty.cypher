// Whether the database holds nothing but the records of its schema migrations: then a bulk import may
// write it as store files (StoreFiles) instead of in transactions. Both counts come from the count store.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH (m:__Migration) RETURN count(m) AS migrations }
RETURN nodes = migrations AS empty
