package org.innograph.database;

import io.micrometer.context.ThreadLocalAccessor;

/**
 * The deadline of the API request the current thread works for, if any. Like Spring's own
 * {@code *ContextHolder}s it is a thread-local: Spring for GraphQL carries it from the request into every
 * data fetcher and batch loader through context propagation (this accessor is registered as a
 * {@code ThreadLocalAccessor} service), so the queries of a request see its deadline without every
 * controller passing it along. Work outside a request (start-up, the sample load) has none.
 */
public final class CurrentRequest implements ThreadLocalAccessor<RequestDeadline> {

    /** The key under which a request's deadline sits in its {@code GraphQLContext}. */
    public static final String KEY = "innograph.request-deadline";

    private static final ThreadLocal<RequestDeadline> DEADLINE = new ThreadLocal<>();

    /** The current request's deadline, or null outside a request. */
    public static RequestDeadline deadline() {
        return DEADLINE.get();
    }

    @Override
    public Object key() {
        return KEY;
    }

    @Override
    public RequestDeadline getValue() {
        return DEADLINE.get();
    }

    @Override
    public void setValue(RequestDeadline value) {
        DEADLINE.set(value);
    }

    @Override
    public void setValue() {
        DEADLINE.remove();
    }
}
