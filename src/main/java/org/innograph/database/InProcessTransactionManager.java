package org.innograph.database;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.SmartTransactionObject;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring transactions over a database in this JVM: {@code TransactionTemplate} and {@code @Transactional}
 * begin an embedded {@link Transaction}, bind it to the thread, and commit or roll it back whole, exactly as
 * Spring Data Neo4j's manager does over the driver. {@link InProcessExecution} runs the queries made meanwhile
 * in it.
 */
final class InProcessTransactionManager extends AbstractPlatformTransactionManager {

    private final Supplier<GraphDatabaseService> database;

    /** Takes the database late: the embedded one may still be starting while Spring builds this. */
    InProcessTransactionManager(Supplier<GraphDatabaseService> database) {
        this.database = database;
        setNestedTransactionAllowed(false);
    }

    /** The transaction bound to this thread by this manager, or null. */
    Transaction current() {
        var bound = (Bound) TransactionSynchronizationManager.getResource(this);
        return bound == null ? null : bound.transaction;
    }

    /** What is bound to the thread: the transaction, and whether a participant asked to roll it back. */
    private static final class Bound {
        final Transaction transaction;
        volatile boolean rollbackOnly;

        Bound(Transaction transaction) {
            this.transaction = transaction;
        }
    }

    /** Spring's handle on the transaction, as it begins or joins it. */
    private static final class Handle implements SmartTransactionObject {
        Bound bound;

        @Override
        public boolean isRollbackOnly() {
            return bound != null && bound.rollbackOnly;
        }

        @Override
        public void flush() {
        }
    }

    @Override
    protected Object doGetTransaction() {
        var handle = new Handle();
        handle.bound = (Bound) TransactionSynchronizationManager.getResource(this);
        return handle;
    }

    @Override
    protected boolean isExistingTransaction(Object transaction) {
        return ((Handle) transaction).bound != null;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        int timeout = determineTimeout(definition);
        GraphDatabaseService db = database.get();
        Transaction tx = timeout > 0 ? db.beginTx(timeout, TimeUnit.SECONDS) : db.beginTx();
        var bound = new Bound(tx);
        ((Handle) transaction).bound = bound;
        TransactionSynchronizationManager.bindResource(this, bound);
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        try {
            ((Handle) status.getTransaction()).bound.transaction.commit();
        }
        catch (RuntimeException e) {
            throw Neo4jErrors.translate(e);
        }
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
        ((Handle) status.getTransaction()).bound.transaction.rollback();
    }

    @Override
    protected void doSetRollbackOnly(DefaultTransactionStatus status) {
        ((Handle) status.getTransaction()).bound.rollbackOnly = true;
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        TransactionSynchronizationManager.unbindResourceIfPossible(this);
        ((Handle) transaction).bound.transaction.close();
    }
}
