package org.innograph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/** (e) The floor of an embedded service: the same Cypher on the database in this JVM, no Bolt. */
final class InProcessClient implements Client {

    private final GraphDatabaseService database;
    private final Duration timeout;

    /** {@code timeout}: how long one input's query may run; past it the database stops it and it is an error. */
    InProcessClient(GraphDatabaseService database, Duration timeout) {
        this.database = database;
        this.timeout = timeout;
    }

    @Override
    public String answer(Workload workload, Map<String, Object> input) {
        try (Transaction tx = database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            var rows = new ArrayList<Map<String, Object>>();
            try (var result = tx.execute(workload.cypher(), Workloads.cypherParameters(workload, input))) {
                result.forEachRemaining(rows::add);
            }
            tx.commit();
            return workload.fromRows().apply(List.copyOf(rows));
        }
    }
}
