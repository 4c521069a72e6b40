// The version of Neo4j Graph Data Science, the engine of the network algorithms: fails with "Unknown
// function 'gds.version'" on a Neo4j without the plugin, which the API answers as PLUGIN_MISSING.
RETURN gds.version() AS version
