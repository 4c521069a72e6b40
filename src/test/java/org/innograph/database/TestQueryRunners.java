package org.innograph.database;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.data.neo4j.core.Neo4jClient;

/** A {@link QueryRunner} over either execution of the test database, for tests of other packages. */
public final class TestQueryRunners {

    private TestQueryRunners() {
    }

    /** The runner over {@code way} ({@code in-process} or {@code driver}), running the named queries of {@code queries}. */
    public static QueryRunner of(String way, GraphDatabaseService database, Neo4jClient client, Driver driver, CypherQueries queries) {
        return new QueryRunner(BothExecutions.of(database, client, driver, queries).named(way), queries, new SimpleMeterRegistry(),
                new DatabaseProperties(null, null, null, null, null, true));
    }
}
