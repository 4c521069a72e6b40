package org.innograph.gaps;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.innograph.database.CurrentRequest;
import org.innograph.database.RequestDeadline;
import org.innograph.graphql.BusyException;
import org.innograph.ingest.NetworkChanged;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where the network analyses (brokers, brokers between two regions, communities) run: one at a time, on one
 * thread, whatever their kind, so that analyses never take both cores from the requests; and at most
 * {@code innograph.gaps.max-analyses} waiting or running, so that a client asking for many dates or region
 * pairs is refused (BUSY) rather than queueing work for hours in front of everyone else. Each kind keeps its
 * analyses for their answers, at most {@code innograph.gaps.analyses-kept} finished ones, until a write changes
 * the network. Each runs under a deadline of {@code innograph.gaps.analysis-timeout} from its start, bound to
 * the thread as a request's is ({@link CurrentRequest}), so that {@code QueryRunner} gives each of its queries a
 * transaction ending there, in-process and through the driver alike, instead of the database's default.
 */
@Component
class AnalysisQueue implements DisposableBean {

    private final int limit;
    private final int keptPerKind;
    private final Duration timeout;
    private final CurrentRequest current = new CurrentRequest();
    private final List<Analyses<?, ?>> kinds = new CopyOnWriteArrayList<>();
    private final AtomicInteger waitingOrRunning = new AtomicInteger();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread analyses = new Thread(runnable, "gaps-analyses");
        analyses.setDaemon(true);
        return analyses;
    });

    AnalysisQueue(GapsProperties settings) {
        this.limit = settings.maxAnalyses();
        this.keptPerKind = settings.analysesKept();
        this.timeout = settings.analysisTimeout();
    }

    /**
     * The analyses of one kind, made by {@code create} and run by {@code work}, each kept by what it was asked
     * until the network changes ({@link NetworkChanged}).
     */
    <K, J extends AnalysisJob<?>> Analyses<K, J> kind(Function<K, J> create, Consumer<J> work) {
        var analyses = new Analyses<>(create, work);
        kinds.add(analyses);
        return analyses;
    }

    @EventListener
    void networkChanged(NetworkChanged event) {
        // A running analysis finishes into a job nobody asks for any more; the next request starts afresh.
        kinds.forEach(Analyses::clear);
    }

    /** The analyses of one kind, by what they were asked. */
    final class Analyses<K, J extends AnalysisJob<?>> {
        private final Map<K, J> jobs = new ConcurrentHashMap<>();
        private final Function<K, J> create;
        private final Consumer<J> work;

        private Analyses(Function<K, J> create, Consumer<J> work) {
            this.create = create;
            this.work = work;
        }

        /**
         * The analysis of {@code key}: the one kept, else a new one queued to run and kept; refused as BUSY when
         * the queue is full, and then nothing is kept. Before a new one is kept beside {@code analyses-kept}
         * others, the finished ones are dropped.
         */
        J of(K key) {
            J existing = jobs.get(key);
            if (existing != null) {
                return existing;
            }
            if (jobs.size() >= keptPerKind) {
                jobs.values().removeIf(AnalysisJob::finished);
            }
            return jobs.computeIfAbsent(key, unused -> {
                J job = create.apply(key);
                submit(job, () -> work.accept(job));
                return job;
            });
        }

        /** What is kept, by what it was asked. */
        Map<K, J> kept() {
            return Collections.unmodifiableMap(jobs);
        }

        private void clear() {
            jobs.clear();
        }
    }

    /**
     * Queues one analysis; refused as BUSY when {@code max-analyses} are waiting or running. Its deadline starts
     * when it does, not while it waits.
     */
    private void submit(AnalysisJob<?> job, Runnable analysis) {
        if (waitingOrRunning.incrementAndGet() > limit) {
            waitingOrRunning.decrementAndGet();
            throw new BusyException(("%d network analyses are already waiting or running (innograph.gaps.max-analyses); "
                    + "ask again when one is done").formatted(limit), "innograph.gaps.max-analyses", limit);
        }
        thread.execute(() -> {
            var deadline = new RequestDeadline(timeout);
            job.running(deadline, timeout);
            current.setValue(deadline);
            try {
                analysis.run();
            }
            finally {
                current.setValue();
                waitingOrRunning.decrementAndGet();
            }
        });
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
