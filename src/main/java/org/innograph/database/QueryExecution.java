package org.innograph.database;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.graphdb.Transaction;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * How {@link QueryRunner} runs Cypher: in-process on a database in this JVM ({@link InProcessExecution}),
 * or through the Neo4j driver ({@link DriverExecution}). Both hand rows over as driver {@link Record}s, so a
 * query's mapping is the same whichever runs it, and both join the Spring transaction of
 * {@link #transactionManager()} when one is active.
 */
interface QueryExecution extends RequestTransactions {

    /**
     * The rows of a read, mapped. With a deadline, the read runs in a transaction of its own that ends when
     * the deadline passes and that {@link #terminate} can end earlier; without one it joins the current
     * Spring transaction, if any.
     */
    <T> List<T> read(String cypher, Map<String, Object> parameters, Function<Record, T> mapper, RequestDeadline deadline);

    /**
     * Hands the rows of a read, mapped, to {@code sink} one by one while the query runs, in one transaction
     * bounded as {@link #read}'s are, and returns how many there were: for answers too large to hold, such
     * as an export of the whole graph. An exception from {@code sink} ends the query and its transaction.
     */
    <T> long stream(String cypher, Map<String, Object> parameters, Function<Record, T> mapper, Consumer<? super T> sink,
            RequestDeadline deadline);

    /**
     * Runs {@code work} on the database's own (Core) API in a transaction bounded as {@link #read}'s are;
     * empty when this execution has no database in this JVM.
     */
    default <T> Optional<T> inTransaction(Function<Transaction, T> work, RequestDeadline deadline) {
        return Optional.empty();
    }

    /** Runs a write (or schema command) in the current Spring transaction, or in one of its own. */
    void write(String cypher, Map<String, Object> parameters);

    /** The transactions writers and migrations demarcate, for this execution. */
    PlatformTransactionManager transactionManager();

    /** How this execution is known in logs, metrics and the README: {@code in-process} or {@code driver}. */
    String name();
}
