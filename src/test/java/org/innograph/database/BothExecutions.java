package org.innograph.database;

import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;

/** The test database through each execution, side by side, for tests that compare them. */
record BothExecutions(QueryExecution inProcess, QueryExecution driver) {

    static BothExecutions of(GraphDatabaseService database, Neo4jClient client, Driver driver, CypherQueries queries) {
        return new BothExecutions(new InProcessExecution(() -> database),
                new DriverExecution(client, new Neo4jTransactionManager(driver), queries));
    }

    QueryExecution named(String name) {
        return switch (name) {
            case "in-process" -> inProcess;
            case "driver" -> driver;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
