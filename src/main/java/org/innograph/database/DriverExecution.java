package org.innograph.database;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.Neo4jPersistenceExceptionTranslator;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cypher through the Neo4j driver, by Spring Data Neo4j's {@link Neo4jClient}: the way to an external Neo4j
 * or cluster, where reads are marked read-only so that a {@code neo4j://} routing driver sends them to
 * readers. Writes join the Spring transaction of {@link #transactionManager()}. A request's read outside any
 * Spring transaction goes straight to the driver as an auto-commit transaction ({@link #autoCommit}).
 */
final class DriverExecution implements QueryExecution {

    private static final Logger log = LoggerFactory.getLogger(DriverExecution.class);

    /** How many times to look again for transactions that are still open. */
    static final int ROUNDS = 10;
    static final long PAUSE_MILLIS = 50;

    private final Neo4jClient client;
    private final Driver driver;
    private final DatabaseSelectionProvider databases;
    /** The bookmarks of this service's transactions, which its auto-commit reads chain on too. */
    private final Neo4jBookmarkManager bookmarks = Neo4jBookmarkManager.create();
    private final PlatformTransactionManager transactions;
    private final CypherQueries queries;
    private final Neo4jPersistenceExceptionTranslator errors = new Neo4jPersistenceExceptionTranslator();

    DriverExecution(Neo4jClient client, Driver driver, DatabaseSelectionProvider databases, CypherQueries queries) {
        this.client = client;
        this.driver = driver;
        this.databases = databases;
        this.transactions = Neo4jTransactionManager.with(driver).withDatabaseSelectionProvider(databases)
                .withBookmarkManager(bookmarks).build();
        this.queries = queries;
    }

    @Override
    public <T> List<T> read(String cypher, Map<String, Object> parameters, Function<Record, T> mapper,
            RequestDeadline deadline) {
        if (deadline == null) {
            return fetch(cypher, parameters, mapper);
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return within(deadline).execute(tx -> fetch(cypher, parameters, mapper));
        }
        return autoCommit(cypher, parameters, mapper, deadline);
    }

    /**
     * A read in an auto-commit transaction with the request's time left as its timeout, on a read session (a
     * {@code neo4j://} driver sends it to a reader) that starts from this service's bookmarks, so it sees the
     * service's last committed write. One round trip, RUN and PULL together, where a Spring transaction takes
     * BEGIN, RUN and PULL, then COMMIT (README, "Choices and why", and docs/performance-history.md, "Benchmark
     * runs", have what it saves).
     */
    private <T> List<T> autoCommit(String cypher, Map<String, Object> parameters, Function<Record, T> mapper,
            RequestDeadline deadline) {
        Collection<Bookmark> used = bookmarks.getBookmarks();
        var config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withBookmarks(used);
        String database = databases.getDatabaseSelection().getValue();
        if (database != null) {
            config.withDatabase(database);
        }
        var timeout = TransactionConfig.builder().withTimeout(Duration.ofMillis(Math.max(1, deadline.remaining().toMillis())))
                .build();
        try (Session session = driver.session(config.build())) {
            List<T> rows = List.copyOf(session.run(new Query(cypher, parameters), timeout).list(mapper::apply));
            bookmarks.updateBookmarks(used, session.lastBookmarks());
            return rows;
        }
        catch (RuntimeException e) {
            DataAccessException translated = errors.translateExceptionIfPossible(e);
            throw translated != null ? translated : e;
        }
    }

    private <T> List<T> fetch(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
        return List.copyOf(client.query(cypher)
                .bindAll(parameters)
                .fetchAs(anyType(mapper))
                .mappedBy((types, record) -> mapper.apply(record))
                .all());
    }

    /**
     * Reads the driver's result record by record (the driver fetches it in batches as it is consumed), on a
     * query runner that joins the Spring transaction: the request's own read transaction, or the caller's.
     */
    @Override
    public <T> long stream(String cypher, Map<String, Object> parameters, Function<Record, T> mapper,
            Consumer<? super T> sink, RequestDeadline deadline) {
        if (deadline == null) {
            return each(cypher, parameters, mapper, sink);
        }
        return within(deadline).execute(tx -> each(cypher, parameters, mapper, sink));
    }

    private <T> long each(String cypher, Map<String, Object> parameters, Function<Record, T> mapper,
            Consumer<? super T> sink) {
        return client.delegateTo(runner -> {
            Result result = runner.run(cypher, parameters);
            long count = 0;
            while (result.hasNext()) {
                sink.accept(mapper.apply(result.next()));
                count++;
            }
            return Optional.of(count);
        }).run().orElseThrow();
    }

    /**
     * A read transaction that Neo4j ends when the request's time is up. Spring's transaction timeout has
     * whole seconds, so it rounds up; {@link #terminate} ends the transaction at the deadline itself.
     */
    private TransactionTemplate within(RequestDeadline deadline) {
        var template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        template.setTimeout((int) Math.max(1, (deadline.remaining().toMillis() + 999) / 1000));
        return template;
    }

    @Override
    public void write(String cypher, Map<String, Object> parameters) {
        client.query(cypher).bindAll(parameters).run();
    }

    @Override
    public PlatformTransactionManager transactionManager() {
        return transactions;
    }

    @Override
    public String name() {
        return "driver";
    }

    /**
     * Finds the request's transactions by the request id bound to each of its queries, terminates them, and
     * looks again until none is left: a query that passed its last check just as the request stopped may
     * begin its transaction after the first look, and a terminated transaction stays listed until the thread
     * running it notices. A user sees and may end their own transactions without admin rights.
     */
    @Override
    public int terminate(String requestId) {
        int ended = 0;
        for (int round = 0; round < ROUNDS; round++) {
            try {
                List<String> open = fetch(queries.get("database/request-transactions"), Map.of("request", requestId),
                        row -> row.get("transactionId").asString());
                if (open.isEmpty()) {
                    return ended;
                }
                write(queries.get("database/terminate-transactions"), Map.of("ids", open));
                ended += open.size();
                Thread.sleep(PAUSE_MILLIS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ended;
            }
            catch (RuntimeException e) {
                // A transaction may end by itself in between; the server-side timeout remains the backstop.
                log.debug("Could not terminate the transactions of request {}", requestId, e);
            }
        }
        return ended;
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> anyType(Function<Record, T> mapper) {
        return (Class<T>) Object.class;
    }
}
