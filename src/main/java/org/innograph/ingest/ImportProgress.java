package org.innograph.ingest;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * How far an import is, readable from another thread while it runs: the phase, the rows to write and those
 * written, the rate and the time left. The command line prints it as a bar; a job returns it.
 */
public final class ImportProgress {

    /** What the import is doing. */
    public enum Phase { QUEUED, READING, CHECKING, WRITING, DERIVING, DONE, FAILED }

    private volatile Phase phase = Phase.QUEUED;
    private volatile long total;
    private volatile long writingSince;
    private final AtomicLong written = new AtomicLong();
    private final LongConsumer onWritten;

    public ImportProgress() {
        this(rows -> { });
    }

    /** Progress that also tells {@code onWritten} the rows of every committed batch (the sample load's health). */
    public ImportProgress(LongConsumer onWritten) {
        this.onWritten = onWritten;
    }

    void phase(Phase next) {
        this.phase = next;
    }

    void writing(long rows) {
        this.total = rows;
        this.writingSince = System.nanoTime();
        this.phase = Phase.WRITING;
    }

    void written(long rows) {
        written.addAndGet(rows);
        onWritten.accept(rows);
    }

    public Phase phase() {
        return phase;
    }

    public long total() {
        return total;
    }

    public long written() {
        return written.get();
    }

    /** Rows written per second since writing began. */
    public double rowsPerSecond() {
        long since = writingSince;
        if (since == 0) {
            return 0;
        }
        double seconds = (System.nanoTime() - since) / 1e9;
        return seconds <= 0 ? 0 : written.get() / seconds;
    }

    /** Seconds left at the rate so far, or -1 when unknown. */
    public long etaSeconds() {
        double rate = rowsPerSecond();
        return rate <= 0 ? -1 : Math.round((total - written.get()) / rate);
    }

    /** One line: a bar, the rows, the rate and the time left. */
    public String line() {
        if (phase != Phase.WRITING) {
            return phase.name().toLowerCase();
        }
        long done = written.get();
        int filled = total == 0 ? 30 : (int) (30 * done / total);
        long eta = etaSeconds();
        return "[%s%s] %3d%% %,d/%,d rows  %,.0f rows/s  ETA %s".formatted("#".repeat(filled), " ".repeat(30 - filled),
                total == 0 ? 100 : 100 * done / total, done, total, rowsPerSecond(), eta < 0 ? "?" : eta + " s");
    }
}
