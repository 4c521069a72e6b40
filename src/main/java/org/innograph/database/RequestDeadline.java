package org.innograph.database;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The time by which every query of one API request must have ended, and why the request was stopped
 * early, if it was. {@link QueryRunner} binds each query of a request to it: none starts after the
 * request is stopped, and each runs in a transaction that Neo4j itself ends at the deadline. It also
 * holds what the request's own work keeps for later steps of the same request ({@link #memo}).
 */
public final class RequestDeadline {

    /** Why a request stopped before its end. */
    public enum Stop {
        /** It ran past its deadline. */
        TIMEOUT,
        /** Its client went away. */
        CANCELLED,
        /** Its answer grew past the response-size cap. */
        RESPONSE_TOO_LARGE
    }

    private final String id = UUID.randomUUID().toString();
    private final Duration timeout;
    private final long expiresAt;
    private final List<Consumer<Stop>> onStop = new CopyOnWriteArrayList<>();
    private volatile Stop stopped;
    private volatile boolean admitted;
    private final Map<Class<?>, Object> memos = new ConcurrentHashMap<>();

    public RequestDeadline(Duration timeout) {
        this.timeout = timeout;
        this.expiresAt = System.nanoTime() + timeout.toNanos();
    }

    /** How long the request was given: the setting's, or less where its client asked for less. */
    public Duration timeout() {
        return timeout;
    }

    /** Tags the request's transactions, so they can be found and terminated. */
    public String id() {
        return id;
    }

    /** Time left, zero once past the deadline. */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, expiresAt - System.nanoTime()));
    }

    /** Stops the request and tells those listening; the first reason given is the one kept. */
    public void stop(Stop reason) {
        synchronized (this) {
            if (stopped != null) {
                return;
            }
            stopped = reason;
        }
        onStop.forEach(listener -> listener.accept(reason));
    }

    /** Runs {@code listener} when the request is stopped (at once if it already is). */
    public void onStop(Consumer<Stop> listener) {
        onStop.add(listener);
        Stop reason = stopped;
        if (reason != null && onStop.remove(listener)) {
            listener.accept(reason);
        }
    }

    /**
     * The request's one object of {@code type}, made on first use: something its steps learn and later
     * steps use (where it found nodes, say). It lives as long as the request, and its data fetchers and
     * batch loaders may use it at once, so it must be safe for that.
     */
    public <T> T memo(Class<T> type, Supplier<T> create) {
        return type.cast(memos.computeIfAbsent(type, key -> create.get()));
    }

    /** Marks the request as past its checks: it is valid, within its bounds, and running. */
    public void admit() {
        admitted = true;
    }

    public boolean admitted() {
        return admitted;
    }

    /** Why the request is over, or null while it may go on. */
    public Stop stopped() {
        if (stopped == null && System.nanoTime() - expiresAt >= 0) {
            stop(Stop.TIMEOUT);
        }
        return stopped;
    }

    /** Throws {@link RequestStoppedException} once the request is over. */
    public void checkOpen() {
        Stop reason = stopped();
        if (reason != null) {
            throw new RequestStoppedException(reason);
        }
    }
}
