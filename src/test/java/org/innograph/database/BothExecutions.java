package org.innograph.database;

import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;

/** The test database through each execution, side by side, for tests that compare them. */
record BothExecutions(QueryExecution inProcess, QueryExecution driver) {

    static BothExecutions of(GraphDatabaseService database, Neo4jClient client, Driver driver, CypherQueries queries) {
        return new BothExecutions(new InProcessExecution(() -> database),
                new DriverExecution(client, driver, DatabaseSelectionProvider.getDefaultSelectionProvider(), queries));
    }

    QueryExecution named(String name) {
        return switch (name) {
            case "in-process" -> inProcess;
            case "driver" -> driver;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
