package org.innograph.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.innograph.IntegrationTest;
import org.innograph.network.CjkNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Transaction;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The baseline a new database gets ({@code B007__schema.cypher}) stands for the migrations up to its version:
 * each is applied to a bare database of its own, and the schemas compared. And the data migration the
 * baseline leaves out (V006) labels the nodes the writers label.
 */
class SchemaMigrationsTest extends IntegrationTest {

    @Autowired
    GraphDatabaseService database;

    @Test
    void theBaselineLeavesTheSchemaOfTheMigrationsAppliedOneByOne(@TempDir Path work) {
        List<SchemaMigrations.Migration> migrations = SchemaMigrations.migrations();
        SchemaMigrations.Migration baseline = SchemaMigrations.baseline(migrations).orElseThrow();
        List<SchemaMigrations.Migration> replaced = migrations.stream()
                .filter(migration -> migration.version() <= baseline.version()).toList();
        assertThat(replaced).hasSize(baseline.version());

        Map<String, String> oneByOne = schemaAfter(work.resolve("one-by-one"),
                database -> replaced.forEach(migration -> inOneTransaction(database, migration)));
        Map<String, String> baselined = schemaAfter(work.resolve("baseline"), database -> inOneTransaction(database, baseline));

        assertThat(baselined).isEqualTo(oneByOne);
        // The comparison compared something: the constraints, the range indexes and both full-text indexes.
        assertThat(oneByOne).containsKeys("constraint entity_id", "index entity_kind_sort_key", "index entity_names_folded",
                "index entity_names_cjk");
        assertThat(oneByOne.get("index entity_names_cjk")).contains("[" + CjkNames.LABEL + "]");
    }

    @Test
    void theLabellingMigrationTestsNamesWithThePatternTheWritersUse() throws IOException {
        String v006 = Files.readString(Path.of("cypher/migrations/V006__cjk_named_label.cypher"), StandardCharsets.UTF_8);
        // Cypher's string literal doubles each backslash of the regular expression.
        assertThat(v006).contains("'" + CjkNames.TEXT_PATTERN.replace("\\", "\\\\") + "'").contains("SET n:" + CjkNames.LABEL);
    }

    @Test
    void theLabellingMigrationLabelsTheNodesTheWritersLabel() {
        SchemaMigrations.Migration v006 = SchemaMigrations.migrations().stream()
                .filter(migration -> migration.version() == 6).findFirst().orElseThrow();
        Set<String> written = labelled();
        assertThat(written).as("the sample's countries have names in Chinese, Japanese and Korean").isNotEmpty()
                .isEqualTo(namedInCjkByJava());
        try {
            run("MATCH (n:CjkNamed) REMOVE n:CjkNamed");
            assertThat(labelled()).isEmpty();
            inOneTransaction(database, v006);
            assertThat(labelled()).isEqualTo(written);
        }
        finally {
            run("MATCH (n:Entity) WHERE n.id IN $ids SET n:CjkNamed", Map.of("ids", List.copyOf(written)));
            run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()");
        }
    }

    private Set<String> labelled() {
        try (Transaction tx = database.beginTx()) {
            Set<String> ids = new TreeSet<>();
            tx.findNodes(Label.label(CjkNames.LABEL)).forEachRemaining(node -> ids.add((String) node.getProperty("id")));
            return ids;
        }
    }

    private Set<String> namedInCjkByJava() {
        try (Transaction tx = database.beginTx()) {
            Set<String> ids = new TreeSet<>();
            tx.findNodes(Label.label("Entity")).forEachRemaining(node -> {
                if (CjkNames.named(node.getProperty("name", null), node.getProperty("aliases", null))) {
                    ids.add((String) node.getProperty("id"));
                }
            });
            return ids;
        }
    }

    private void run(String cypher) {
        run(cypher, Map.of());
    }

    private void run(String cypher, Map<String, Object> parameters) {
        try (Transaction tx = database.beginTx()) {
            tx.execute(cypher, parameters).close();
            tx.commit();
        }
    }

    private static void inOneTransaction(GraphDatabaseService database, SchemaMigrations.Migration migration) {
        try (Transaction tx = database.beginTx()) {
            migration.statements().forEach(statement -> tx.execute(statement).close());
            tx.commit();
        }
    }

    /** The indexes and constraints of a new bare database after some migrations, once every index is online. */
    private static Map<String, String> schemaAfter(Path home, Consumer<GraphDatabaseService> migrate) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse("16m"))
                .build();
        try {
            GraphDatabaseService database = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            migrate.accept(database);
            try (Transaction tx = database.beginTx()) {
                tx.execute("CALL db.awaitIndexes(60)").close();
                Map<String, String> schema = new TreeMap<>();
                tx.execute("SHOW INDEXES YIELD name, state, type, entityType, labelsOrTypes, properties, indexProvider, options")
                        .forEachRemaining(row -> schema.put("index " + row.get("name"), "%s %s %s %s %s %s %s".formatted(row.get("state"),
                                row.get("type"), row.get("entityType"), row.get("labelsOrTypes"), row.get("properties"),
                                row.get("indexProvider"), new TreeMap<>((Map<?, ?>) row.get("options")))));
                tx.execute("SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties, ownedIndex")
                        .forEachRemaining(row -> schema.put("constraint " + row.get("name"), "%s %s %s %s %s".formatted(row.get("type"),
                                row.get("entityType"), row.get("labelsOrTypes"), row.get("properties"), row.get("ownedIndex"))));
                return schema;
            }
        }
        finally {
            dbms.shutdown();
        }
    }
}
