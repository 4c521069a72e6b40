package org.innograph;

import java.net.URI;

import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The real Neo4j every integration test talks to: the in-process test harness, started once per test JVM
 * (the Spring context that uses it is shared too) and stopped when the JVM exits.
 */
final class TestNeo4j {

    private static Neo4j neo4j;

    private TestNeo4j() {
    }

    static synchronized URI boltUri() {
        if (neo4j == null) {
            neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
            Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close, "test-neo4j-stop"));
        }
        return neo4j.boltURI();
    }
}
