package org.innograph;

import java.time.Duration;

import org.innograph.sample.SampleNetworkStatus;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole service against the test harness's Neo4j with the sample network
 * loaded. All of them share one Spring context and one database; tests only read the sample network, and
 * a test that writes makes its own small graph and removes it. The context runs a real web server on a
 * random port, for the tests of GraphQL over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureGraphQlTester
@AutoConfigureMockMvc
public abstract class IntegrationTest {

    @Autowired
    protected GraphQlTester graphQl;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("innograph.neo4j.uri", () -> TestNeo4j.boltUri().toString());
    }

    @BeforeEach
    void sampleNetworkLoaded(@Autowired SampleNetworkStatus status) throws InterruptedException {
        status.awaitLoaded(Duration.ofMinutes(5));
    }
}
