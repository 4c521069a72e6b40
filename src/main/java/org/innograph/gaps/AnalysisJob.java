package org.innograph.gaps;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.innograph.database.RequestDeadline;
import org.innograph.database.RequestStoppedException;

/**
 * One network analysis, written by the {@link AnalysisQueue}'s thread and read by polls: how far it got, its
 * result once done, or why it failed. While it runs it has a deadline ({@code innograph.gaps.analysis-timeout}
 * from its start): its queries' transactions end there, and so does its work in the JVM, at its next
 * {@link #step()} or {@link #progress(double)}.
 *
 * @param <R> what the analysis finds
 */
class AnalysisJob<R> {

    /** The setting that bounds an analysis, named in the error of one that ran past it. */
    static final String TIMEOUT_SETTING = "innograph.gaps.analysis-timeout";

    final Instant started = Instant.now();
    private final int steps;
    private final AtomicInteger stepsDone = new AtomicInteger();
    private volatile double progress;
    private volatile RequestDeadline deadline;
    private volatile Duration limit;
    volatile R result;
    volatile String error;

    /** An analysis of this many steps ({@link #step()}), or of 1 for one that reports its progress itself. */
    AnalysisJob(int steps) {
        this.steps = steps;
    }

    /** The queue starts it, with this deadline, {@code limit} from now. */
    void running(RequestDeadline deadline, Duration limit) {
        this.deadline = deadline;
        this.limit = limit;
    }

    /** One more of its steps is done; past its deadline, it stops here ({@link RequestStoppedException}). */
    void step() {
        progress = Math.min(1.0, stepsDone.incrementAndGet() / (double) steps);
        checkTime();
    }

    /** How far it got, from 0 to 1, for an analysis that measures it otherwise than in steps; past its deadline, it stops here. */
    void progress(double done) {
        progress = done;
        checkTime();
    }

    private void checkTime() {
        RequestDeadline running = deadline;
        if (running != null) {
            running.checkOpen();
        }
    }

    /** It failed with {@code e}: the error polls read says why, naming the setting when the deadline ended it. */
    void fail(RuntimeException e) {
        error = e instanceof RequestStoppedException stopped && stopped.reason() == RequestDeadline.Stop.TIMEOUT
                ? "The analysis ran past its limit of %s (%s) and was stopped; a network this large needs a longer one"
                        .formatted(words(limit), TIMEOUT_SETTING)
                : e.getMessage();
    }

    /** 10 min, 30 s or 250 ms. */
    static String words(Duration duration) {
        if (duration == null) {
            return "?";
        }
        if (duration.toMillis() % 60_000 == 0 && !duration.isZero()) {
            return duration.toMinutes() + " min";
        }
        return duration.toMillis() % 1_000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
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
