package org.innograph;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same service against a Neo4j 5 server in Docker, as with any external Neo4j. Where no Docker engine
 * runs, JUnit reports this class as skipped, not passed.
 */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersNeo4jTest {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26-community").withoutAuthentication();

    @Test
    void loadsAndAnswersAgainstANeo4jServer() throws Exception {
        try (var service = RunningService.start("innograph.neo4j.uri=" + NEO4J.getBoltUrl())) {
            assertThat(service.nodeCounts().get("JOINT_LAB")).isGreaterThanOrEqualTo(50);
        }
    }
}
