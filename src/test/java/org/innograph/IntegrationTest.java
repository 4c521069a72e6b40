package org.innograph;

import java.time.Duration;

import org.innograph.ingest.GraphWriter;
import org.innograph.sample.SampleNetworkStatus;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.innograph.database.RecordingQueryExecution;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Scope;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole service against the test harness's Neo4j with the sample network
 * loaded. All of them share one Spring context and one database; tests only read the sample network, and
 * a test that writes makes its own small graph ({@link SmallGraph}) and removes it. The context runs a real web server on a
 * random port, for the tests of GraphQL over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureGraphQlTester
@AutoConfigureMockMvc
@Import(IntegrationTest.HarnessInProcess.class)
public abstract class IntegrationTest {

    /** The harness's database in this JVM, so the service queries it in-process, as its embedded default. */
    @TestConfiguration(proxyBeanMethods = false)
    static class HarnessInProcess {

        @Bean
        GraphDatabaseService harnessDatabase() {
            return TestNeo4j.database();
        }

        /** A new small graph for each test class that asks for one. */
        @Bean
        @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
        SmallGraph smallGraph(GraphWriter writer, Driver driver) {
            return new SmallGraph(writer, driver);
        }

        /** Keeps the queries of API requests for the equivalence test to replay. */
        @Bean
        static BeanPostProcessor recordQueries() {
            return RecordingQueryExecution.recorder();
        }
    }

    /** Where the tests of import jobs put the folders they import over GraphQL. */
    protected static final String IMPORT_JOBS_FOLDER = System.getProperty("java.io.tmpdir") + "/innograph-test-import-jobs";

    @Autowired
    protected GraphQlTester graphQl;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("innograph.neo4j.uri", () -> TestNeo4j.boltUri().toString());
        // Tests of the deadline ask for their own, shorter one (extensions.timeoutMs); the others should not
        // fail because a 2-core machine is busy with something else for ten seconds.
        registry.add("innograph.api.request-timeout", () -> "30s");
        // ImportJobTest starts imports over GraphQL from folders it writes here.
        registry.add("innograph.ingest.jobs-enabled", () -> "true");
        registry.add("innograph.ingest.jobs-folder", () -> IMPORT_JOBS_FOLDER);
    }

    @BeforeEach
    void sampleNetworkLoaded(@Autowired SampleNetworkStatus status) throws InterruptedException {
        status.awaitLoaded(Duration.ofMinutes(5));
    }
}
