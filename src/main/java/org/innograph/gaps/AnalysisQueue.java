package org.innograph.gaps;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.innograph.graphql.BusyException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Where the network analyses (brokers, brokers between two regions, communities) run: one at a time, on one
 * thread, whatever their kind, so that analyses never take both cores from the requests; and at most
 * {@code innograph.gaps.max-analyses} waiting or running, so that a client asking for many dates or region
 * pairs is refused (BUSY) rather than queueing work for hours in front of everyone else.
 */
@Component
class AnalysisQueue implements DisposableBean {

    private final int limit;
    private final AtomicInteger waitingOrRunning = new AtomicInteger();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread analyses = new Thread(runnable, "gaps-analyses");
        analyses.setDaemon(true);
        return analyses;
    });

    AnalysisQueue(GapsProperties settings) {
        this.limit = settings.maxAnalyses();
    }

    /**
     * The analysis of {@code key}, from {@code jobs} when it holds one, else made by {@code create}, queued to
     * run {@code work} and kept there; refused as BUSY when the queue is full, and then nothing is kept.
     * Before a new one is kept in a map already holding {@code kept}, the finished ones are dropped.
     */
    <K, J> J job(Map<K, J> jobs, K key, int kept, Predicate<J> finished, Function<K, J> create, Consumer<J> work) {
        J existing = jobs.get(key);
        if (existing != null) {
            return existing;
        }
        if (jobs.size() >= kept) {
            jobs.values().removeIf(finished);
        }
        return jobs.computeIfAbsent(key, unused -> {
            J job = create.apply(key);
            submit(() -> work.accept(job));
            return job;
        });
    }

    /** Queues one analysis; refused as BUSY when {@code max-analyses} are waiting or running. */
    void submit(Runnable analysis) {
        if (waitingOrRunning.incrementAndGet() > limit) {
            waitingOrRunning.decrementAndGet();
            throw new BusyException(("%d network analyses are already waiting or running (innograph.gaps.max-analyses); "
                    + "ask again when one is done").formatted(limit), "innograph.gaps.max-analyses", limit);
        }
        thread.execute(() -> {
            try {
                analysis.run();
            }
            finally {
                waitingOrRunning.decrementAndGet();
            }
        });
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
