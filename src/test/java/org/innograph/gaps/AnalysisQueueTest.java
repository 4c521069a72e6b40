package org.innograph.gaps;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.innograph.graphql.BusyException;
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
    static final class Job {
        final AtomicBoolean finished = new AtomicBoolean();
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
        Map<Integer, Job> jobs = new ConcurrentHashMap<>();
        queue.job(jobs, 1, 3, job -> job.finished.get(), key -> new Job(), job -> await());
        queue.job(jobs, 2, 3, job -> job.finished.get(), key -> new Job(), job -> await());

        assertThatThrownBy(() -> queue.job(jobs, 3, 3, job -> job.finished.get(), key -> new Job(), job -> { }))
                .isInstanceOfSatisfying(BusyException.class, busy -> {
                    assertThat(busy.setting()).isEqualTo("innograph.gaps.max-analyses");
                    assertThat(busy.limit()).isEqualTo(2);
                });
        assertThat(jobs).as("nothing kept for the refused one").containsOnlyKeys(1, 2);
    }

    @Test
    void anAnalysisAskedAgainIsTheSameJobAndQueuesNothing() {
        Map<Integer, Job> jobs = new ConcurrentHashMap<>();
        Job first = queue.job(jobs, 1, 3, job -> job.finished.get(), key -> new Job(), job -> await());
        queue.job(jobs, 2, 3, job -> job.finished.get(), key -> new Job(), job -> await());

        assertThat(queue.job(jobs, 1, 3, job -> job.finished.get(), key -> new Job(), job -> { })).isSameAs(first);
    }

    @Test
    void onceTheAnalysesAreDoneTheQueueTakesMoreAndDropsFinishedAnswersPastTheKeptNumber() throws InterruptedException {
        Map<Integer, Job> jobs = new ConcurrentHashMap<>();
        var done = new CountDownLatch(3);
        for (int key : List.of(1, 2)) {
            queue.job(jobs, key, 3, job -> job.finished.get(), k -> new Job(), job -> finish(job, done));
        }
        release.countDown();
        awaitDone(jobs, 2);
        queue.job(jobs, 3, 3, job -> job.finished.get(), k -> new Job(), job -> finish(job, done));
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(jobs).containsOnlyKeys(1, 2, 3);

        queue.job(jobs, 4, 3, job -> job.finished.get(), k -> new Job(), job -> { });

        assertThat(jobs).as("the three finished ones dropped for the fourth").containsOnlyKeys(4);
    }

    private void finish(Job job, CountDownLatch done) {
        await();
        job.finished.set(true);
        done.countDown();
    }

    private static void awaitDone(Map<Integer, Job> jobs, int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (jobs.values().stream().filter(job -> job.finished.get()).count() < count && System.nanoTime() < until) {
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
        return new GapsProperties(50_000, 2_000, 500, 500, 50, 100, 20_000, maxAnalyses, analysesKept);
    }
}
