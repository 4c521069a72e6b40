package org.innograph.database;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.neo4j.driver.Record;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the named queries of {@link CypherQueries} through Spring Data Neo4j's {@link Neo4jClient}, always
 * with parameters: user text never becomes part of a query. Inside a Spring transaction the queries join
 * it; outside one each runs in its own. Enum parameters are bound by name. Every run is timed as the
 * {@code innograph.cypher} metric, tagged with the query's name.
 *
 * <p>A query run for an API request ({@link CurrentRequest}) is bounded by the request's deadline: it does
 * not start once the request is over, and it runs in a transaction whose server-side timeout is the time
 * left, tagged with the request's id (the {@code innographRequest} parameter) so that
 * {@link RequestTransactions} can end it early. This holds alike for the embedded and an external Neo4j.
 */
@Component
public class QueryRunner {

    static final String METRIC = "innograph.cypher";
    static final String REQUEST_PARAMETER = "innographRequest";

    private final Neo4jClient client;
    private final CypherQueries queries;
    private final MeterRegistry meters;
    private final PlatformTransactionManager transactions;

    public QueryRunner(Neo4jClient client, CypherQueries queries, MeterRegistry meters,
            PlatformTransactionManager transactions) {
        this.client = client;
        this.queries = queries;
        this.meters = meters;
        this.transactions = transactions;
    }

    /** All rows of a named query, each mapped from its driver record. */
    public <T> List<T> list(String query, Map<String, ?> parameters, Function<Record, T> mapper) {
        RequestDeadline deadline = CurrentRequest.deadline();
        if (deadline == null) {
            return timed(query, () -> fetch(query, copy(parameters), mapper));
        }
        deadline.checkOpen();
        Map<String, Object> bound = copy(parameters);
        bound.put(REQUEST_PARAMETER, deadline.id());
        try {
            return timed(query, () -> within(deadline).execute(tx -> fetch(query, bound, mapper)));
        }
        catch (RuntimeException e) {
            // Ended by the deadline or by the client leaving: say so, rather than as a database failure.
            RequestDeadline.Stop reason = deadline.stopped();
            if (reason != null) {
                throw new RequestStoppedException(reason);
            }
            throw e;
        }
    }

    private <T> List<T> fetch(String query, Map<String, Object> parameters, Function<Record, T> mapper) {
        return List.copyOf(client.query(queries.get(query))
                .bindAll(parameters)
                .fetchAs(anyType(mapper))
                .mappedBy((types, record) -> mapper.apply(record))
                .all());
    }

    /**
     * A read transaction that Neo4j ends when the request's time is up. Spring's transaction timeout has
     * whole seconds, so it rounds up; {@link RequestTransactions} ends the transaction at the deadline itself.
     */
    private TransactionTemplate within(RequestDeadline deadline) {
        var template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        template.setTimeout((int) Math.max(1, (deadline.remaining().toMillis() + 999) / 1000));
        return template;
    }

    /** The only row of a named query, if any; more than one row is a bug in the query. */
    public <T> Optional<T> single(String query, Map<String, ?> parameters, Function<Record, T> mapper) {
        List<T> rows = list(query, parameters, mapper);
        if (rows.size() > 1) {
            throw new IllegalStateException(query + " returned " + rows.size() + " rows, expected at most one");
        }
        return rows.stream().findFirst();
    }

    /** Runs a named query for its effect. */
    public ResultSummary run(String query, Map<String, ?> parameters) {
        return timed(query, () -> client.query(queries.get(query)).bindAll(copy(parameters)).run());
    }

    private <T> T timed(String query, Supplier<T> run) {
        return Timer.builder(METRIC).description("Named Cypher queries run").tag("query", query)
                .register(meters).record(run);
    }

    /**
     * Parameters as Cypher takes them: enum constants (kinds, edge kinds), alone or in a collection, by
     * name. Filters are optional, so values may be null, which Map.copyOf refuses.
     */
    private static Map<String, Object> copy(Map<String, ?> parameters) {
        var copy = new HashMap<String, Object>();
        parameters.forEach((name, value) -> copy.put(name, cypherValue(value)));
        return copy;
    }

    private static Object cypherValue(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> values && values.stream().anyMatch(Enum.class::isInstance)) {
            return values.stream().map(QueryRunner::cypherValue).toList();
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> anyType(Function<Record, T> mapper) {
        return (Class<T>) Object.class;
    }
}
