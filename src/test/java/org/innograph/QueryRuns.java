package org.innograph;

import java.util.List;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * How many times the service ran some named queries (or Core API work) since this was taken, by their
 * {@code innograph.cypher} timers: for tests that a request took one way and not another.
 */
public final class QueryRuns {

    private final MeterRegistry meters;
    private final List<String> queries;
    private final List<Long> before;

    private QueryRuns(MeterRegistry meters, List<String> queries) {
        this.meters = meters;
        this.queries = queries;
        this.before = queries.stream().map(query -> count(meters, query)).toList();
    }

    /** Starts counting the runs of {@code queries} from now. */
    public static QueryRuns of(MeterRegistry meters, String... queries) {
        return new QueryRuns(meters, List.of(queries));
    }

    /** The runs of each query since {@link #of}, in the order given there. */
    public List<Long> since() {
        return IntStream.range(0, queries.size()).mapToObj(i -> count(meters, queries.get(i)) - before.get(i)).toList();
    }

    /** The queries counted, for a test's message. */
    public List<String> queries() {
        return queries;
    }

    /** How many times the service ran {@code query} so far. */
    public static long count(MeterRegistry meters, String query) {
        var timer = meters.find("innograph.cypher").tag("query", query).timer();
        return timer == null ? 0 : timer.count();
    }
}
