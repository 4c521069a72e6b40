package org.innograph;

import java.net.URI;

import org.innograph.database.Plugins;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The real Neo4j every integration test talks to: the in-process test harness, started once per test JVM
 * (the Spring context that uses it is shared too) and stopped when the JVM exits. The service reaches it
 * both ways at once: in-process, as it runs its embedded Neo4j by default, and over Bolt, for the driver
 * execution and for tests that check the database behind the service's back.
 */
public final class TestNeo4j {

    private static Neo4j neo4j;

    private TestNeo4j() {
    }

    public static URI boltUri() {
        return started().boltURI();
    }

    /** The same database in-process, as the service queries its embedded Neo4j by default. */
    public static GraphDatabaseService database() {
        return started().defaultDatabaseService();
    }

    private static synchronized Neo4j started() {
        if (neo4j == null) {
            neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                    .withConfig(GraphDatabaseSettings.procedure_unrestricted, Plugins.UNRESTRICTED).build();
            // Graph Data Science, as the embedded DBMS has it (Plugins).
            Plugins.register(neo4j.defaultDatabaseService());
            Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close, "test-neo4j-stop"));
        }
        return neo4j;
    }
}
