package org.innograph;

import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;

/**
 * Everything an embedded data directory holds, read with a bare DBMS (no service): every node with its labels
 * and properties by public id, every relationship by type and ends with its properties, and the schema: its
 * indexes and constraints with their definitions and state, and the schema migrations recorded as applied.
 */
record StoredGraph(Map<String, Map<String, Object>> nodes, Map<String, Map<String, Object>> relationships,
        Map<String, String> schema) {

    static StoredGraph of(Path dataDirectory) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDirectory.toAbsolutePath())
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse("64m"))
                .build();
        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            try (Transaction tx = db.beginTx()) {
                Map<String, Map<String, Object>> nodes = new TreeMap<>();
                for (Node node : tx.getAllNodes()) {
                    if (node.hasLabel(Label.label("__Migration"))) {
                        continue;
                    }
                    Map<String, Object> described = properties(node.getAllProperties());
                    var labels = new TreeSet<String>();
                    node.getLabels().forEach(label -> labels.add(label.name()));
                    described.put(":labels", List.copyOf(labels));
                    nodes.put((String) node.getProperty("id"), described);
                }
                Map<String, Map<String, Object>> relationships = new TreeMap<>();
                for (Relationship relationship : tx.getAllRelationships()) {
                    String key = "%s-[%s]->%s".formatted(relationship.getStartNode().getProperty("id"), relationship.getType().name(),
                            relationship.getEndNode().getProperty("id"));
                    if (relationships.put(key, properties(relationship.getAllProperties())) != null) {
                        throw new IllegalStateException("two relationships " + key);
                    }
                }
                Map<String, String> schema = new TreeMap<>();
                tx.execute("SHOW INDEXES YIELD name, state, type, entityType, labelsOrTypes, properties, options")
                        .forEachRemaining(row -> schema.put("index " + row.get("name"), "%s %s %s %s %s %s".formatted(row.get("state"),
                                row.get("type"), row.get("entityType"), row.get("labelsOrTypes"), row.get("properties"), row.get("options"))));
                tx.execute("SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties, ownedIndex")
                        .forEachRemaining(row -> schema.put("constraint " + row.get("name"), "%s %s %s %s %s".formatted(row.get("type"),
                                row.get("entityType"), row.get("labelsOrTypes"), row.get("properties"), row.get("ownedIndex"))));
                tx.execute("MATCH (m:__Migration) RETURN m.version AS version, m.checksum AS checksum")
                        .forEachRemaining(row -> schema.put("migration " + row.get("version"), (String) row.get("checksum")));
                return new StoredGraph(nodes, relationships, schema);
            }
        }
        finally {
            dbms.shutdown();
        }
    }

    /** What differs from another graph: the first few nodes, relationships and schema entries, by key. */
    List<String> differencesFrom(StoredGraph other) {
        List<String> differences = new ArrayList<>();
        differences(nodes, other.nodes, differences);
        differences(relationships, other.relationships, differences);
        differences(schema, other.schema, differences);
        return differences.stream().limit(20).toList();
    }

    private static <V> void differences(Map<String, V> mine, Map<String, V> theirs, List<String> differences) {
        var keys = new TreeSet<>(mine.keySet());
        keys.addAll(theirs.keySet());
        for (String key : keys) {
            if (!java.util.Objects.equals(mine.get(key), theirs.get(key))) {
                differences.add(key + ": " + mine.get(key) + " <> " + theirs.get(key));
            }
        }
    }

    /** Arrays as lists, so two graphs compare by their values. */
    private static Map<String, Object> properties(Map<String, Object> stored) {
        Map<String, Object> properties = new HashMap<>();
        stored.forEach((key, value) -> properties.put(key, value.getClass().isArray()
                ? new ArrayList<>(IntStream.range(0, Array.getLength(value)).mapToObj(i -> Array.get(value, i)).toList())
                : value));
        return properties;
    }
}
