package org.innograph.gaps;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One network analysis, written by the {@link AnalysisQueue}'s thread and read by polls: how far it got, its
 * result once done, or why it failed.
 *
 * @param <R> what the analysis finds
 */
class AnalysisJob<R> {

    final Instant started = Instant.now();
    private final int steps;
    private final AtomicInteger stepsDone = new AtomicInteger();
    private volatile double progress;
    volatile R result;
    volatile String error;

    /** An analysis of this many steps ({@link #step()}), or of 1 for one that reports its progress itself. */
    AnalysisJob(int steps) {
        this.steps = steps;
    }

    /** One more of its steps is done. */
    void step() {
        progress = Math.min(1.0, stepsDone.incrementAndGet() / (double) steps);
    }

    /** How far it got, from 0 to 1, for an analysis that measures it otherwise than in steps. */
    void progress(double done) {
        progress = done;
    }

    double progress() {
        return result != null ? 1.0 : progress;
    }

    AnalysisStatus status() {
        return error != null ? AnalysisStatus.FAILED : result != null ? AnalysisStatus.DONE : AnalysisStatus.RUNNING;
    }

    /** Done or failed: what polls read from it will not change. */
    boolean finished() {
        return status() != AnalysisStatus.RUNNING;
    }
}
