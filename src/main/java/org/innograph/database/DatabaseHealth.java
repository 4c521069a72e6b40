package org.innograph.database;

import java.util.Map;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code neo4j} health component, asked the way the service asks everything else (through
 * {@link QueryRunner}), so it says whether the database answers the execution in use; Boot's own asks the
 * driver, which need not be used, or even reachable, when queries run in-process.
 */
@Component("neo4jHealthIndicator")
class DatabaseHealth extends AbstractHealthIndicator {

    private final QueryRunner queries;

    DatabaseHealth(QueryRunner queries) {
        super("Neo4j health check failed");
        this.queries = queries;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        var details = queries.single("database/health", Map.of(),
                        row -> Map.of("version", row.get("version").asString(), "edition", row.get("edition").asString()))
                .orElseThrow();
        health.up().withDetails(details).withDetail("execution", queries.execution());
    }
}
