package org.innograph.sample;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * How far the sample network load has come, shown by {@code /actuator/health} as {@code sampleNetwork}.
 */
@Component("sampleNetwork")
public class SampleNetworkStatus implements HealthIndicator {

    public enum State { PENDING, DISABLED, ALREADY_LOADED, LOADING, LOADED, FAILED }

    private volatile State state = State.PENDING;
    private volatile long total;
    private final AtomicLong written = new AtomicLong();
    private volatile String error;
    private final CountDownLatch done = new CountDownLatch(1);

    public State state() {
        return state;
    }

    /**
     * Waits until the load has ended (or was not needed).
     *
     * @throws IllegalStateException when it failed or did not end in time
     */
    public void awaitLoaded(Duration timeout) throws InterruptedException {
        if (!done.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Sample network still " + state + " after " + timeout);
        }
        if (state == State.FAILED) {
            throw new IllegalStateException("Sample network load failed: " + error);
        }
    }

    @Override
    public Health health() {
        Health.Builder health = state == State.FAILED ? Health.down().withDetail("error", error) : Health.up();
        health.withDetail("state", state);
        if (state == State.LOADING || state == State.LOADED) {
            health.withDetail("rowsWritten", written.get()).withDetail("rowsTotal", total);
        }
        return health.build();
    }

    void loading(long rows) {
        total = rows;
        state = State.LOADING;
    }

    void written(int rows) {
        written.addAndGet(rows);
    }

    void ended(State end, String failure) {
        state = end;
        error = failure;
        done.countDown();
    }
}
