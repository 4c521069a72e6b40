package org.innograph.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Replacing the embedded database with one written offline (a first import as store files): the new one is
 * served after the swap, a writer that fails leaves the old one as it was, still served, and a swap stopped
 * half-way is finished by the next start.
 */
class EmbeddedNeo4jTest {

    @TempDir
    Path dataDirectory;

    private EmbeddedNeo4j neo4j;

    @AfterEach
    void stop() {
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @Test
    void theDatabaseWrittenOfflineIsServedAfterTheSwap() throws IOException {
        neo4j = started();
        neo4j.database().executeTransactionally("CREATE (:Old {id: 'old'})");

        neo4j.replaceDatabase(home -> {
            var other = new DatabaseManagementServiceBuilder(home).setConfig(BoltConnector.enabled, false).build();
            other.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("CREATE (:New {id: 'new'})");
            other.shutdown();
        });

        assertThat(ids()).isEqualTo("new");
        assertThat(dataDirectory.resolve("staged-database")).doesNotExist();
    }

    @Test
    void aWriterThatFailsLeavesTheDatabaseAsItWasAndServed() {
        neo4j = started();
        neo4j.database().executeTransactionally("CREATE (:Old {id: 'old'})");

        assertThatThrownBy(() -> neo4j.replaceDatabase(home -> {
            Files.createDirectories(home.resolve("data/databases/neo4j"));
            Files.writeString(home.resolve("data/databases/neo4j/half-written"), "x");
            throw new IOException("the importer stopped");
        })).hasMessage("the importer stopped");

        assertThat(ids()).isEqualTo("old");
        assertThat(dataDirectory.resolve("staged-database")).doesNotExist();
    }

    @Test
    void aDatabaseLeftHalfWrittenByAKilledImportIsRemovedAtTheNextStart() throws IOException {
        Files.createDirectories(dataDirectory.resolve("staged-database/data/databases/neo4j"));

        neo4j = started();

        assertThat(dataDirectory.resolve("staged-database")).doesNotExist();
    }

    @Test
    void aSwapStoppedHalfWayIsFinishedAtTheNextStart() throws IOException {
        neo4j = started();
        neo4j.database().executeTransactionally("CREATE (:Old {id: 'old'})");
        neo4j.close();
        neo4j = null;
        Path staged = dataDirectory.resolve("staged-database");
        var other = new DatabaseManagementServiceBuilder(staged).setConfig(BoltConnector.enabled, false).build();
        other.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("CREATE (:New {id: 'new'})");
        other.shutdown();
        Files.createFile(staged.resolve("READY"));
        // Killed after moving the transaction logs, before moving the store.
        Path logs = dataDirectory.resolve("data/transactions/neo4j");
        org.neo4j.io.fs.FileUtils.deleteDirectory(logs);
        Files.move(staged.resolve("data/transactions/neo4j"), logs);

        neo4j = started();

        assertThat(ids()).isEqualTo("new");
        assertThat(staged).doesNotExist();
    }

    @Test
    void graphDataScienceIsRegisteredAtEveryStartUnlessTurnedOff() throws IOException {
        neo4j = started(true);
        assertThat(graphDataScienceProcedures()).isPositive();

        neo4j.replaceDatabase(home -> new DatabaseManagementServiceBuilder(home).setConfig(BoltConnector.enabled, false).build().shutdown());
        assertThat(graphDataScienceProcedures()).as("after a swap, from the classes found at the first start").isPositive();

        neo4j.close();
        neo4j = started(false);
        assertThat(graphDataScienceProcedures()).isZero();
    }

    private long graphDataScienceProcedures() {
        return neo4j.database().executeTransactionally("SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'gds.' RETURN count(*) AS n",
                Map.of(), result -> result.<Long>columnAs("n").next());
    }

    /** Without the plugins, which only one test needs, so each start takes a fraction of the time. */
    private EmbeddedNeo4j started() {
        return started(false);
    }

    private EmbeddedNeo4j started(boolean plugins) {
        var settings = new DatabaseProperties.Embedded(dataDirectory, false, 0, "64m", Duration.ofSeconds(30), "256m", "128m", plugins);
        EmbeddedNeo4j started = EmbeddedNeo4j.startInBackground(settings);
        started.awaitStarted();
        return started;
    }

    private String ids() {
        return neo4j.database().executeTransactionally("MATCH (n) RETURN collect(n.id) AS ids", Map.of(),
                result -> String.join(",", result.<java.util.List<String>>columnAs("ids").next()));
    }
}
