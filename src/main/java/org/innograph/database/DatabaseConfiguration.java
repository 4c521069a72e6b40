package org.innograph.database;

import java.net.URI;
import java.util.function.Supplier;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Chooses the Neo4j the service uses, the embedded one by default, an external server or cluster when
 * {@code innograph.neo4j.uri} ({@code NEO4J_URI}) is set, and how queries run on it: in-process where the
 * database lives in this JVM, through the driver otherwise (or as {@code innograph.neo4j.execution} forces).
 * Boot builds one driver from these connection details either way.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /**
     * In-process wherever the database is in this JVM (the embedded one, or a {@link GraphDatabaseService}
     * bean such as the test harness's), unless the driver is forced.
     */
    @Bean
    QueryExecution queryExecution(DatabaseProperties properties, ObjectProvider<EmbeddedNeo4j> embedded,
            ObjectProvider<GraphDatabaseService> database, ObjectProvider<Neo4jClient> client,
            ObjectProvider<Driver> driver, ObjectProvider<DatabaseSelectionProvider> databaseSelection,
            CypherQueries queries) {
        EmbeddedNeo4j neo4j = embedded.getIfAvailable();
        GraphDatabaseService bean = database.getIfAvailable();
        Supplier<GraphDatabaseService> inProcess = neo4j != null ? neo4j::database : bean != null ? () -> bean : null;
        QueryExecution execution = switch (properties.execution()) {
            case IN_PROCESS -> {
                if (inProcess == null) {
                    throw new IllegalStateException("innograph.neo4j.execution=in-process needs the database in this JVM; "
                            + "unset innograph.neo4j.uri to run the embedded Neo4j, or choose execution auto or driver");
                }
                yield new InProcessExecution(inProcess);
            }
            case AUTO -> inProcess != null ? new InProcessExecution(inProcess)
                    : driverExecution(client, driver, databaseSelection, queries);
            case DRIVER -> driverExecution(client, driver, databaseSelection, queries);
        };
        log.info("Cypher runs {}", execution.name());
        return execution;
    }

    private static QueryExecution driverExecution(ObjectProvider<Neo4jClient> client, ObjectProvider<Driver> driver,
            ObjectProvider<DatabaseSelectionProvider> databaseSelection, CypherQueries queries) {
        return new DriverExecution(client.getObject(), driver.getObject(),
                databaseSelection.getIfAvailable(DatabaseSelectionProvider::getDefaultSelectionProvider), queries);
    }

    /** Writers and migrations demarcate transactions of the execution chosen (Boot's own then stands back). */
    @Bean
    PlatformTransactionManager transactionManager(QueryExecution execution) {
        return execution.transactionManager();
    }

    /** The {@link EmbeddedNeo4j} bean itself is started early, by {@link EmbeddedNeo4jStarter}. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedModeCondition.class)
    static class Embedded {

        @Bean
        DatabaseStartup databaseStartup(EmbeddedNeo4j neo4j) {
            return neo4j::awaitStarted;
        }

        /** Taking the DBMS as an argument makes the driver close before it. */
        @Bean
        Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedNeo4j neo4j) {
            return connection(neo4j.boltUri(), AuthTokens.none());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(ExternalModeCondition.class)
    static class External {

        @Bean
        Neo4jConnectionDetails neo4jConnectionDetails(DatabaseProperties properties) {
            return connection(URI.create(properties.uri()),
                    AuthTokens.basic(properties.username(), properties.password()));
        }

        /** An external Neo4j is up or not; the driver reports which at the first query. */
        @Bean
        DatabaseStartup databaseStartup() {
            return () -> { };
        }
    }

    private static Neo4jConnectionDetails connection(URI uri, AuthToken token) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return token;
            }
        };
    }
}
