// Which Neo4j answers, for the health endpoint: answering at all means the database is up.
CALL dbms.components() YIELD versions, edition
RETURN versions[0] AS version, edition
