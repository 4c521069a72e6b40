package org.innograph.database;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.graphdb.Transaction;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The service's execution, keeping each query it runs for an API request (text and parameters) for a
 * test to replay: this is how the equivalence test gets realistic parameters for every file without a
 * table of them to keep up to date.
 */
public final class RecordingQueryExecution implements QueryExecution {

    /** One query as the service ran it. */
    public record Run(String cypher, Map<String, Object> parameters) {
    }

    private final QueryExecution delegate;
    private final ConcurrentLinkedQueue<Run> recorded = new ConcurrentLinkedQueue<>();

    private RecordingQueryExecution(QueryExecution delegate) {
        this.delegate = delegate;
    }

    /** Wraps the service's {@link QueryExecution} bean. */
    public static BeanPostProcessor recorder() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof QueryExecution execution ? new RecordingQueryExecution(execution) : bean;
            }
        };
    }

    public List<Run> recorded() {
        return List.copyOf(recorded);
    }

    void clear() {
        recorded.clear();
    }

    QueryExecution delegate() {
        return delegate;
    }

    @Override
    public <T> List<T> read(String cypher, Map<String, Object> parameters, Function<Record, T> mapper,
            RequestDeadline deadline) {
        if (deadline != null) {
            recorded.add(new Run(cypher, parameters));
        }
        return delegate.read(cypher, parameters, mapper, deadline);
    }

    @Override
    public <T> long stream(String cypher, Map<String, Object> parameters, Function<Record, T> mapper,
            Consumer<? super T> sink, RequestDeadline deadline) {
        if (deadline != null) {
            recorded.add(new Run(cypher, parameters));
        }
        return delegate.stream(cypher, parameters, mapper, sink, deadline);
    }

    @Override
    public <T> Optional<T> inTransaction(Function<Transaction, T> work, RequestDeadline deadline) {
        return delegate.inTransaction(work, deadline);
    }

    @Override
    public void write(String cypher, Map<String, Object> parameters) {
        delegate.write(cypher, parameters);
    }

    @Override
    public PlatformTransactionManager transactionManager() {
        return delegate.transactionManager();
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public int terminate(String requestId) {
        return delegate.terminate(requestId);
    }
}
