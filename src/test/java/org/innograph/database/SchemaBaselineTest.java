package org.innograph.database;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The baseline a database with no migration applied starts from stands for the versions it replaces: on a
 * bare database, the versioned migrations up to the baseline's version, one transaction each, leave the same
 * constraints and indexes, with the same options (analyzers, eventual consistency), as the baseline alone.
 */
class SchemaBaselineTest {

    @TempDir
    Path home;

    private DatabaseManagementService dbms;

    @AfterEach
    void stop() {
        if (dbms != null) {
            dbms.shutdown();
        }
    }

    @Test
    void aFreshDatabaseGetsTheSameSchemaFromTheBaselineAsFromTheVersionsItStandsFor() {
        dbms = new DatabaseManagementServiceBuilder(home).setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse("16m")).build();
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        List<SchemaMigrations.Migration> versions = SchemaMigrations.migrations(false);
        SchemaMigrations.Migration baseline = SchemaMigrations.baseline(versions).orElseThrow();

        versions.stream().filter(version -> version.version() <= baseline.version()).forEach(version -> apply(db, version));
        Map<String, String> byVersions = schema(db);
        dropAll(db);
        apply(db, baseline);

        assertThat(byVersions).isNotEmpty();
        assertThat(schema(db)).isEqualTo(byVersions);
    }

    private static void apply(GraphDatabaseService db, SchemaMigrations.Migration migration) {
        try (Transaction tx = db.beginTx()) {
            migration.statements().forEach(tx::execute);
            tx.commit();
        }
        db.executeTransactionally("CALL db.awaitIndexes(300)");
    }

    private static Map<String, String> schema(GraphDatabaseService db) {
        Map<String, String> schema = new TreeMap<>();
        try (Transaction tx = db.beginTx()) {
            tx.execute("SHOW INDEXES YIELD name, state, type, entityType, labelsOrTypes, properties, options")
                    .forEachRemaining(row -> schema.put("index " + row.get("name"), "%s %s %s %s %s %s".formatted(row.get("state"),
                            row.get("type"), row.get("entityType"), row.get("labelsOrTypes"), row.get("properties"), row.get("options"))));
            tx.execute("SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties, ownedIndex")
                    .forEachRemaining(row -> schema.put("constraint " + row.get("name"), "%s %s %s %s %s".formatted(row.get("type"),
                            row.get("entityType"), row.get("labelsOrTypes"), row.get("properties"), row.get("ownedIndex"))));
        }
        return schema;
    }

    /** Every constraint and index but the token look-up indexes a new database is made with. */
    private static void dropAll(GraphDatabaseService db) {
        List<String> constraints = db.executeTransactionally("SHOW CONSTRAINTS YIELD name", Map.of(),
                rows -> rows.stream().map(row -> (String) row.get("name")).toList());
        // Names come from SHOW, not from a user; schema commands take no parameters for names.
        constraints.forEach(name -> db.executeTransactionally("DROP CONSTRAINT `" + name + "`"));
        List<String> indexes = db.executeTransactionally("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", Map.of(),
                rows -> rows.stream().map(row -> (String) row.get("name")).toList());
        indexes.forEach(name -> db.executeTransactionally("DROP INDEX `" + name + "`"));
        assertThat(schema(db)).allSatisfy((name, definition) -> assertThat(definition).contains("LOOKUP"));
    }
}
