package org.innograph.gaps;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.innograph.IntegrationTest;
import org.innograph.database.CypherQueries;
import org.innograph.database.QueryRunner;
import org.innograph.database.TestQueryRunners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An analysis past {@code innograph.gaps.analysis-timeout} ends FAILED, naming the setting, and does not hang:
 * the limit is the transaction timeout of its running query, in-process and through the driver, and every
 * kind of analysis reports it. (That such a timeout may exceed the database's default transaction timeout on
 * Neo4j 5.26 is shown by {@code bench/TxTimeoutProbe.java}: the harness has no default.)
 */
class AnalysisTimeoutTest extends IntegrationTest {

    /** Counts to a billion, finding nothing: runs for minutes unless ended. */
    private static final String ENDLESS = "UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN x";

    @Autowired
    GraphDatabaseService database;

    @Autowired
    Neo4jClient client;

    @Autowired
    Driver driver;

    @Autowired
    QueryRunner runner;

    @Autowired
    Centrality centrality;

    @Autowired
    CommunityDetection detection;

    @ParameterizedTest
    @ValueSource(strings = {"in-process", "driver"})
    void aQueryRunningPastTheLimitIsEndedAndItsAnalysisFailsNamingTheSetting(String way) {
        QueryRunner withEndless = TestQueryRunners.of(way, database, client, driver, new CypherQueries() {
            @Override
            public String get(String name) {
                return name.equals("test/endless") ? ENDLESS : super.get(name);
            }
        });
        var queue = new AnalysisQueue(AnalysisQueueTest.settings(4, 32, Duration.ofSeconds(2)));
        try {
            AnalysisQueue.Analyses<Integer, AnalysisQueueTest.Job> analyses = queue.kind(key -> new AnalysisQueueTest.Job(), job -> {
                try {
                    withEndless.list("test/endless", Map.of(), row -> row);
                    job.result = true;
                }
                catch (RuntimeException e) {
                    job.fail(e);
                }
            });
            long started = System.nanoTime();
            AnalysisQueueTest.Job job = analyses.of(1);
            await().atMost(Duration.ofSeconds(60)).until(job::finished);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(job.status()).isEqualTo(AnalysisStatus.FAILED);
            assertThat(job.error).contains("innograph.gaps.analysis-timeout", "2 s");
            // Neo4j checks timeouts every 2 s; over the driver the timeout is rounded up to whole seconds.
            assertThat(took).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(15));
            await().atMost(Duration.ofSeconds(10)).until(() -> running(ENDLESS) == 0);
        }
        finally {
            queue.destroy();
        }
    }

    @Test
    void everyKindOfAnalysisPastATinyLimitEndsFailedNamingTheSetting() {
        GapsProperties settings = AnalysisQueueTest.settings(4, 32, Duration.ofMillis(1));
        var queue = new AnalysisQueue(settings);
        try {
            List<AnalysisJob<?>> jobs = List.of(new BrokerJobs(runner, centrality, settings, queue).brokers(null),
                    new CommunityJobs(runner, detection, queue).communities(null),
                    new RegionBrokerJobs(runner, settings, queue).between("region:AU", "region:M49-142", null));
            for (AnalysisJob<?> job : jobs) {
                await().atMost(Duration.ofSeconds(60)).until(job::finished);
                assertThat(job.status()).as(job.getClass().getName()).isEqualTo(AnalysisStatus.FAILED);
                assertThat(job.error).contains("innograph.gaps.analysis-timeout", "1 ms");
            }
        }
        finally {
            queue.destroy();
        }
    }

    /** Through the driver, a job's Graph Data Science queries run in the read transaction its deadline bounds, to the end. */
    @Test
    void aCommunitiesAnalysisThroughTheDriverWithinItsLimitIsDone() {
        QueryRunner overTheDriver = TestQueryRunners.of("driver", database, client, driver, new CypherQueries());
        GapsProperties settings = AnalysisQueueTest.settings(4, 32, Duration.ofMinutes(5));
        var queue = new AnalysisQueue(settings);
        try {
            CommunityJobs.Job job = new CommunityJobs(overTheDriver, new CommunityDetection(overTheDriver), queue).communities(null);
            await().atMost(Duration.ofMinutes(5)).until(job::finished);

            assertThat(job.error).isNull();
            assertThat(job.status()).isEqualTo(AnalysisStatus.DONE);
            assertThat(job.result.nodes()).isPositive();
            assertThat(job.result.communities()).isNotEmpty();
        }
        finally {
            queue.destroy();
        }
    }

    private long running(String query) {
        try (var session = driver.session()) {
            return session.run("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery = $query RETURN count(*) AS n",
                    Map.of("query", query)).single().get("n").asLong();
        }
    }
}
