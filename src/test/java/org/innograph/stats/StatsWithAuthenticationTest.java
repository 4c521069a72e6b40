package org.innograph.stats;

import java.util.Map;
import java.util.stream.Collectors;

import org.innograph.database.CypherQueries;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.harness.Neo4jBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code stats} on a Neo4j with authentication on, as a user created for reading, the way a team would
 * connect Innograph to a shared server. Community edition (all the harness has) gives every user the same
 * rights, so this cannot show least privilege; that the query calls no admin-only procedure is
 * {@code CypherFilesTest}'s plan check.
 */
class StatsWithAuthenticationTest {

    @Test
    void aUserOtherThanTheAdminReadsTheCountsWithAuthenticationOn() {
        try (var neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer()
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                .withFixture("CREATE (:Entity:Institution {id: 'ror:t-1'})-[:PARTNER_OF]->(:Entity:JointLab {id: 'lab:t-1'}),"
                        + " (:Entity:Institution {id: 'ror:t-2'})")
                .build()) {
            neo4j.databaseManagementService().database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally("CREATE USER analyst SET PASSWORD 'analyst-secret' CHANGE NOT REQUIRED");
            String counts = new CypherQueries().get("stats/counts");
            try (var wrong = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.basic("analyst", "not-the-password"))) {
                assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }

            try (var driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.basic("analyst", "analyst-secret"));
                    var session = driver.session()) {
                Map<String, Long> byKind = session.run(counts).list().stream().collect(Collectors.toMap(
                        row -> row.get("kind").asString(), row -> row.get("count").asLong()));
                assertThat(byKind).containsEntry("Institution", 2L).containsEntry("JointLab", 1L)
                        .containsEntry("PARTNER_OF", 1L).containsEntry("Country", 0L);
            }
        }
    }
}
