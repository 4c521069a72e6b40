package org.innograph.database;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.neo4j.driver.Record;
import org.neo4j.graphdb.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the named queries of {@link CypherQueries}, always with parameters: user text never becomes part of
 * a query. How they run is the {@link QueryExecution} chosen at start ({@code innograph.neo4j.execution}):
 * in-process on the embedded database, or through the driver; the rows reach the mapping as driver
 * records either way. Inside a Spring transaction the queries join it; outside one each runs in its own.
 * Enum parameters are bound by name. Every run is timed as the {@code innograph.cypher} metric, tagged with
 * the query's name and the execution.
 *
 * <p>A query run for an API request ({@link CurrentRequest}) is bounded by the request's deadline: it does
 * not start once the request is over, and it runs in a transaction that ends when the request's time is
 * up, tagged with the request's id (the {@code innographRequest} parameter) so that
 * {@link RequestTransactions} can end it early.
 */
@Component
public class QueryRunner {

    private static final Logger log = LoggerFactory.getLogger(QueryRunner.class);

    static final String METRIC = "innograph.cypher";
    static final String REQUEST_PARAMETER = "innographRequest";

    private final QueryExecution execution;
    private final CypherQueries queries;
    private final MeterRegistry meters;
    private final boolean traversals;

    QueryRunner(QueryExecution execution, CypherQueries queries, MeterRegistry meters, DatabaseProperties properties) {
        this.execution = execution;
        this.queries = queries;
        this.meters = meters;
        this.traversals = properties.traversals();
    }

    /** All rows of a named query, each mapped from its driver record. */
    public <T> List<T> list(String query, Map<String, ?> parameters, Function<Record, T> mapper) {
        RequestDeadline deadline = CurrentRequest.deadline();
        String cypher = queries.get(query);
        Map<String, Object> bound = copy(parameters);
        if (deadline != null) {
            bound.put(REQUEST_PARAMETER, deadline.id());
        }
        return bounded(query, deadline, () -> execution.read(cypher, bound, mapper, deadline));
    }

    /**
     * Hands the rows of a named query, each mapped from its driver record, to {@code sink} while the query
     * runs, in one transaction, and returns how many there were. Nothing is collected, so the rows may be
     * more than the heap holds (an export of the whole graph). Bounded by the request's deadline like
     * {@link #list}; an exception from {@code sink} (a client gone) ends the query.
     */
    public <T> long stream(String query, Map<String, ?> parameters, Function<Record, T> mapper, Consumer<? super T> sink) {
        RequestDeadline deadline = CurrentRequest.deadline();
        String cypher = queries.get(query);
        Map<String, Object> bound = copy(parameters);
        if (deadline != null) {
            bound.put(REQUEST_PARAMETER, deadline.id());
        }
        return bounded(query, deadline, () -> execution.stream(cypher, bound, mapper, sink, deadline));
    }

    /**
     * Runs {@code work} on Neo4j's Core API, in-process, bounded by the request's deadline like a query and
     * timed under {@code name}; empty when queries run through the driver (or {@code innograph.neo4j.traversals}
     * is off), so the caller runs its named query instead. For hot paths where a traversal beats Cypher by a
     * measured margin; a test must show both give the same answer.
     */
    public <T> Optional<T> traverse(String name, Function<Transaction, T> work) {
        if (!traverses()) {
            return Optional.empty();
        }
        RequestDeadline deadline = CurrentRequest.deadline();
        return bounded(name, deadline, () -> execution.inTransaction(work, deadline));
    }

    /**
     * Runs {@code work} on Neo4j's Core API, in-process, in the current write transaction (or one of its own),
     * timed under {@code name}; empty when queries run through the driver (or {@code innograph.neo4j.traversals}
     * is off), so the caller runs its named queries instead. For bulk writes where the Core API beats Cypher
     * by a measured margin; a test must show both write the same.
     */
    public <T> Optional<T> writeDirectly(String name, Function<Transaction, T> work) {
        if (!traverses()) {
            return Optional.empty();
        }
        return timed(name, () -> execution.inTransaction(work, null));
    }

    /**
     * Whether {@link #traverse} walks the Core API (queries run in-process and {@code innograph.neo4j.traversals}
     * is on); otherwise its callers run their named queries.
     */
    public boolean traverses() {
        return traversals && InProcessExecution.NAME.equals(execution.name());
    }

    /** Runs work for a request: not once it is over, and, when it ends the work early, saying why. */
    private <T> T bounded(String name, RequestDeadline deadline, Supplier<T> work) {
        if (deadline == null) {
            return timed(name, work);
        }
        deadline.checkOpen();
        try {
            return timed(name, work);
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

    /** The only row of a named query, if any; more than one row is a bug in the query. */
    public <T> Optional<T> single(String query, Map<String, ?> parameters, Function<Record, T> mapper) {
        List<T> rows = list(query, parameters, mapper);
        if (rows.size() > 1) {
            throw new IllegalStateException(query + " returned " + rows.size() + " rows, expected at most one");
        }
        return rows.stream().findFirst();
    }

    /**
     * Runs a read once so that Neo4j plans and caches it before a request needs it (at start-up), and logs
     * how long that took. A failure is logged, not thrown: the first request to run it then plans it.
     */
    public void plan(String query, Map<String, ?> parameters) {
        long started = System.nanoTime();
        try {
            list(query, parameters, row -> row);
            log.info("Planned {} in {} ms", query, (System.nanoTime() - started) / 1_000_000);
        }
        catch (RuntimeException e) {
            log.warn("Could not plan {} ahead; the first request that runs it will", query, e);
        }
    }

    /** Runs a named query for its effect. */
    public void run(String query, Map<String, ?> parameters) {
        String cypher = queries.get(query);
        timed(query, () -> {
            execution.write(cypher, copy(parameters));
            return null;
        });
    }

    /** Runs one statement of a schema migration file; migrations are files of ours, never user text. */
    void runMigrationStatement(String statement) {
        execution.write(statement, Map.of());
    }

    /** How queries run: {@code in-process} or {@code driver}. */
    public String execution() {
        return execution.name();
    }

    private <T> T timed(String query, Supplier<T> run) {
        return Timer.builder(METRIC).description("Named Cypher queries run").tag("query", query)
                .tag("execution", execution.name()).register(meters).record(run);
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
}
