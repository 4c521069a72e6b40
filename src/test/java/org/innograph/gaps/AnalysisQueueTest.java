package org.innograph.gaps;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.innograph.graphql.BusyException;
import org.innograph.ingest.NetworkChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The queue of network analyses, without Spring: a client asking for analysis after analysis (a date each) is
 * refused once {@code max-analyses} wait or run, is served again once one is done, and cannot fill the memory
 * with finished answers.
 */
class AnalysisQueueTest {

    /** A job: finished once its work has run. */
    static final class Job extends AnalysisJob<Boolean> {
        Job() {
            super(1);
        }
    }

    private final CountDownLatch release = new CountDownLatch(1);
    private final AnalysisQueue queue = new AnalysisQueue(settings(2, 3));

    @AfterEach
    void stop() {
        release.countDown();
        queue.destroy();
    }

    @Test
    void oneAnalysisMoreThanMaxAnalysesWaitingOrRunningIsRefusedAsBusyNamingTheSetting() {
        AnalysisQueue.Analyses<Integer, Job> analyses = queue.kind(key -> new Job(), job -> await());
        analyses.of(1);
        analyses.of(2);

        assertThatThrownBy(() -> analyses.of(3))
                .isInstanceOfSatisfying(BusyException.class, busy -> {
                    assertThat(busy.setting()).isEqualTo("innograph.gaps.max-analyses");
                    assertThat(busy.limit()).isEqualTo(2);
                });
        assertThat(analyses.kept()).as("nothing kept for the refused one").containsOnlyKeys(1, 2);
    }

    @Test
    void anAnalysisAskedAgainIsTheSameJobAndQueuesNothing() {
        AnalysisQueue.Analyses<Integer, Job> analyses = queue.kind(key -> new Job(), job -> await());
        Job first = analyses.of(1);
        analyses.of(2);

        assertThat(analyses.of(1)).isSameAs(first);
    }

    @Test
    void onceTheAnalysesAreDoneTheQueueTakesMoreAndDropsFinishedAnswersPastTheKeptNumber() throws InterruptedException {
        var done = new CountDownLatch(3);
        AnalysisQueue.Analyses<Integer, Job> analyses = queue.kind(key -> new Job(), job -> finish(job, done));
        for (int key : List.of(1, 2)) {
            analyses.of(key);
        }
        release.countDown();
        awaitDone(analyses, 2);
        analyses.of(3);
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(analyses.kept()).containsOnlyKeys(1, 2, 3);

        analyses.of(4);

        assertThat(analyses.kept()).as("the three finished ones dropped for the fourth").containsOnlyKeys(4);
    }

    @Test
    void anAnalysisWorkingInTheJvmPastItsLimitEndsFailedNamingTheSettingAtItsNextProgressAndFreesTheQueue()
            throws InterruptedException {
        var limited = new AnalysisQueue(settings(1, 3, Duration.ofMillis(300)));
        try {
            AnalysisQueue.Analyses<Integer, Job> analyses = limited.kind(key -> new Job(), job -> {
                try {
                    // Work that never ends by itself, reporting its progress as RegionBrokerSearch does.
                    while (true) {
                        job.progress(0.5);
                        Thread.sleep(5);
                    }
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                catch (RuntimeException e) {
                    job.fail(e);
                }
            });
            long started = System.nanoTime();
            Job endless = analyses.of(1);
            awaitDone(analyses, 1);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(endless.status()).isEqualTo(AnalysisStatus.FAILED);
            assertThat(endless.error).contains("innograph.gaps.analysis-timeout", "300 ms");
            assertThat(millis).isBetween(300L, 5_000L);
            // max-analyses is 1: a second one is taken only once the first has left the queue.
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).ignoreException(BusyException.class).until(() -> analyses.of(2) != null);
            Job next = analyses.of(2);
            awaitDone(analyses, 2);
            assertThat(next.status()).isEqualTo(AnalysisStatus.FAILED);
        }
        finally {
            limited.destroy();
        }
    }

    @Test
    void theLimitIsTheAnalysisOwnAndStartsWhenItRunsNotWhileItWaits() throws InterruptedException {
        var limited = new AnalysisQueue(settings(2, 3, Duration.ofSeconds(2)));
        try {
            AnalysisQueue.Analyses<Integer, Job> analyses = limited.kind(key -> new Job(), job -> {
                try {
                    Thread.sleep(1_200);
                    job.step();
                    job.result = true;
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                catch (RuntimeException e) {
                    job.fail(e);
                }
            });
            analyses.of(1);
            analyses.of(2);
            awaitDone(analyses, 2);

            // The second waited 1.2 s and ran 1.2 s: past 2 s from its request, within 2 s from its start.
            assertThat(analyses.kept().values()).extracting(AnalysisJob::status).containsOnly(AnalysisStatus.DONE);
        }
        finally {
            limited.destroy();
        }
    }

    @Test
    void anErrorOtherThanTheLimitIsReportedAsItIs() {
        var job = new Job();
        job.fail(new IllegalStateException("no such graph"));
        assertThat(job.error).isEqualTo("no such graph");
        assertThat(AnalysisJob.words(Duration.ofMinutes(10))).isEqualTo("10 min");
        assertThat(AnalysisJob.words(Duration.ofSeconds(90))).isEqualTo("90 s");
    }

    @Test
    void aChangeOfTheNetworkForgetsEveryKindsAnalyses() {
        AnalysisQueue.Analyses<Integer, Job> analyses = queue.kind(key -> new Job(), job -> await());
        analyses.of(1);

        queue.networkChanged(new NetworkChanged(java.util.Set.of()));

        assertThat(analyses.kept()).isEmpty();
    }

    private void finish(Job job, CountDownLatch done) {
        await();
        job.result = true;
        done.countDown();
    }

    private static void awaitDone(AnalysisQueue.Analyses<Integer, Job> analyses, int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (analyses.kept().values().stream().filter(AnalysisJob::finished).count() < count && System.nanoTime() < until) {
            Thread.sleep(10);
        }
    }

    private void await() {
        try {
            release.await(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static GapsProperties settings(int maxAnalyses, int analysesKept) {
        return settings(maxAnalyses, analysesKept, Duration.ofMinutes(10));
    }

    static GapsProperties settings(int maxAnalyses, int analysesKept, Duration analysisTimeout) {
        return new GapsProperties(50_000, 2_000, 500, 500, 50, 100, 20_000, maxAnalyses, analysesKept, analysisTimeout);
    }
}
