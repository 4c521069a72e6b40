package org.innograph.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Cypher run on a database in this JVM ({@link GraphDatabaseService#executeTransactionally} territory, but
 * with our own transactions): no Bolt, no serialisation, no loopback round trip. Rows reach the mapping as
 * driver records ({@link DriverValues}). A request's read runs in a transaction whose timeout is the time
 * the request has left, held here under the request's id so that {@link #terminate} ends it at once.
 */
final class InProcessExecution implements QueryExecution {

    static final String NAME = "in-process";

    private final Supplier<GraphDatabaseService> database;
    private final InProcessTransactionManager transactions;
    private final Map<String, Set<Transaction>> open = new ConcurrentHashMap<>();

    /** Takes the database late: the embedded one may still be starting while Spring builds this. */
    InProcessExecution(Supplier<GraphDatabaseService> database) {
        this.database = database;
        this.transactions = new InProcessTransactionManager(database);
    }

    @Override
    public <T> List<T> read(String cypher, Map<String, Object> parameters, Function<Record, T> mapper,
            RequestDeadline deadline) {
        return inTransaction(tx -> rows(tx, cypher, parameters, mapper), deadline).orElseThrow();
    }

    @Override
    public <T> Optional<T> inTransaction(Function<Transaction, T> work, RequestDeadline deadline) {
        Transaction joined = transactions.current();
        try {
            if (deadline == null && joined != null) {
                return Optional.of(work.apply(joined));
            }
            try (Transaction tx = begin(deadline)) {
                Set<Transaction> ofRequest = deadline == null ? null : hold(deadline, tx);
                try {
                    T result = work.apply(tx);
                    tx.commit();
                    return Optional.of(result);
                }
                finally {
                    if (ofRequest != null) {
                        ofRequest.remove(tx);
                        open.computeIfPresent(deadline.id(), (id, set) -> set.isEmpty() ? null : set);
                    }
                }
            }
        }
        catch (RuntimeException e) {
            throw Neo4jErrors.translate(e);
        }
    }

    private Transaction begin(RequestDeadline deadline) {
        if (deadline == null) {
            return database.get().beginTx();
        }
        Transaction tx = database.get().beginTx(Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS);
        // What SHOW TRANSACTIONS shows of it: a Core API traversal has no query whose parameters would.
        ((InternalTransaction) tx).setMetaData(Map.of(QueryRunner.REQUEST_PARAMETER, deadline.id()));
        return tx;
    }

    /**
     * Holds the transaction under its request, then checks the request again: a request stopped between
     * its last check and here finds its new transaction ended at once, not at its timeout.
     */
    private Set<Transaction> hold(RequestDeadline deadline, Transaction tx) {
        Set<Transaction> ofRequest = open.computeIfAbsent(deadline.id(), id -> ConcurrentHashMap.newKeySet());
        ofRequest.add(tx);
        if (deadline.stopped() != null) {
            tx.terminate();
        }
        return ofRequest;
    }

    private static <T> List<T> rows(Transaction tx, String cypher, Map<String, Object> parameters,
            Function<Record, T> mapper) {
        List<T> rows = new ArrayList<>();
        each(tx, cypher, parameters, mapper, rows::add);
        return rows;
    }

    @Override
    public <T> long stream(String cypher, Map<String, Object> parameters, Function<Record, T> mapper,
            Consumer<? super T> sink, RequestDeadline deadline) {
        return inTransaction(tx -> each(tx, cypher, parameters, mapper, sink), deadline).orElseThrow();
    }

    /** Maps each row as Neo4j produces it and hands it on; the result is lazy, so nothing piles up here. */
    private static <T> long each(Transaction tx, String cypher, Map<String, Object> parameters, Function<Record, T> mapper,
            Consumer<? super T> sink) {
        try (Result result = tx.execute(cypher, parameters)) {
            List<String> keys = result.columns();
            long count = 0;
            while (result.hasNext()) {
                Map<String, Object> row = result.next();
                List<Value> values = new ArrayList<>(keys.size());
                for (String key : keys) {
                    values.add(DriverValues.of(row.get(key)));
                }
                sink.accept(mapper.apply(new InternalRecord(keys, values)));
                count++;
            }
            return count;
        }
    }

    @Override
    public void write(String cypher, Map<String, Object> parameters) {
        inTransaction(tx -> consume(tx.execute(cypher, parameters)), null);
    }

    /**
     * Runs a result to its end, so that a lazily executed write has happened before the commit; returns
     * how many rows it had.
     */
    private static long consume(Result result) {
        try (result) {
            long rows = 0;
            while (result.hasNext()) {
                result.next();
                rows++;
            }
            return rows;
        }
    }

    @Override
    public int terminate(String requestId) {
        Set<Transaction> ofRequest = open.remove(requestId);
        if (ofRequest == null) {
            return 0;
        }
        ofRequest.forEach(Transaction::terminate);
        return ofRequest.size();
    }

    @Override
    public PlatformTransactionManager transactionManager() {
        return transactions;
    }

    @Override
    public String name() {
        return NAME;
    }
}
