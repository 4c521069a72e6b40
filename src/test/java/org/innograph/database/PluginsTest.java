package org.innograph.database;

import org.innograph.database.Plugins.Missing;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4jBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Neo4j without Graph Data Science, as an external server without the plugin is: a GDS query fails there
 * with Neo4j's own message, which {@link Plugins#missing} reads as the plugin missing, and nothing else is.
 */
class PluginsTest {

    @Test
    void aNeo4jWithoutTheProceduresAnswersErrorsReadAsGraphDataScienceMissing() {
        try (var neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
                var driver = GraphDatabase.driver(neo4j.boltURI());
                var session = driver.session()) {
            String version = new CypherQueries().get("gaps/gds-version");
            assertThatThrownBy(() -> session.run(version).consume())
                    .satisfies(failure -> assertThat(Plugins.missing(failure)).contains(new Missing(Plugins.GDS, "gds.version")));
            assertThatThrownBy(() -> session.run("CALL gds.graph.list()").consume())
                    .satisfies(failure -> assertThat(Plugins.missing(failure)).contains(new Missing(Plugins.GDS, "gds.graph.list")));
            assertThatThrownBy(() -> session.run("RETURN nothing.here() AS x").consume())
                    .satisfies(failure -> assertThat(Plugins.missing(failure)).isEmpty());
        }
    }

    @Test
    void theClasspathHoldsTheGraphDataScienceProcedureClasses() {
        assertThat(Plugins.callableClasses()).extracting(Class::getName)
                .anyMatch(name -> name.startsWith("org.neo4j.gds.") && name.contains("Betweenness"))
                .anyMatch(name -> name.contains("PageRank"))
                .anyMatch(name -> name.contains("Louvain"));
    }
}
