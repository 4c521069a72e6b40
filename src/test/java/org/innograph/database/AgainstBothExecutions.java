package org.innograph.database;

import org.innograph.IntegrationTest;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Base of the tests that run queries on the test database through each execution, side by side. */
abstract class AgainstBothExecutions extends IntegrationTest {

    @Autowired
    GraphDatabaseService database;

    @Autowired
    Neo4jClient client;

    @Autowired
    Driver driver;

    @Autowired
    CypherQueries queries;

    /** Both executions over the test database, made afresh. */
    BothExecutions executions() {
        return BothExecutions.of(database, client, driver, queries);
    }
}
