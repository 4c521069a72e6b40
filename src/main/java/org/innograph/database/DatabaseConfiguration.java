package org.innograph.database;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the Neo4j the driver talks to: the embedded one by default, an external server or cluster when
 * {@code innograph.neo4j.uri} ({@code NEO4J_URI}) is set. Either way Boot builds one driver from these
 * connection details, so the rest of the service cannot tell the two apart.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

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
