package org.innograph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/** (e) The floor of an embedded service: the same Cypher on the database in this JVM, no Bolt. */
final class InProcessClient implements Client {

    private final GraphDatabaseService database;

    InProcessClient(GraphDatabaseService database) {
        this.database = database;
    }

    @Override
    public String answer(Workload workload, Map<String, Object> input) {
        try (Transaction tx = database.beginTx()) {
            var rows = new ArrayList<Map<String, Object>>();
            try (var result = tx.execute(workload.cypher(), Workloads.cypherParameters(workload, input))) {
                result.forEachRemaining(rows::add);
            }
            tx.commit();
            return workload.fromRows().apply(List.copyOf(rows));
        }
    }
}
