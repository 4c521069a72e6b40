package org.innograph.gaps;

import java.time.LocalDate;
import java.util.Map;

import org.innograph.IntegrationTest;
import org.innograph.database.QueryRunner;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** An analysis job's projection is in the Graph Data Science catalog while the job holds it, and gone after. */
class ParticipationProjectionTest extends IntegrationTest {

    @Autowired
    QueryRunner queries;

    @Autowired
    Driver driver;

    @Test
    void theProjectionIsInTheCatalogUntilClosed() {
        String graph;
        try (var projection = ParticipationProjection.of(queries, "projection-test", null)) {
            graph = projection.graph();
            assertThat(graph).startsWith("innograph-projection-test-");
            assertThat(exists(graph)).isTrue();
            assertThat(projection.nodes()).isPositive();
            assertThat(projection.relationships()).isPositive().isEven();
        }
        assertThat(exists(graph)).isFalse();
    }

    @Test
    void anEarlierDateProjectsFewerParticipations() {
        try (var now = ParticipationProjection.of(queries, "projection-test", null);
                var then = ParticipationProjection.of(queries, "projection-test", LocalDate.of(2012, 1, 1))) {
            assertThat(then.graph()).isNotEqualTo(now.graph());
            assertThat(then.relationships()).isLessThan(now.relationships());
        }
    }

    private boolean exists(String graph) {
        try (var session = driver.session()) {
            return session.run("RETURN gds.graph.exists($graph) AS exists", Map.of("graph", graph)).single().get("exists").asBoolean();
        }
    }
}
