package org.innograph.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionConfig;

/** (a) The floor of every driver-based service: the hand-written Cypher through the Java driver over Bolt. */
final class DriverClient implements Client {

    private final Driver driver;
    private final TransactionConfig bounded;

    /** {@code timeout}: how long one input's query may run; past it the database stops it and it is an error. */
    DriverClient(URI bolt, Duration timeout) {
        this.driver = GraphDatabase.driver(bolt, AuthTokens.none());
        this.bounded = TransactionConfig.builder().withTimeout(timeout).build();
        driver.verifyConnectivity();
    }

    @Override
    public String answer(Workload workload, Map<String, Object> input) {
        Map<String, Object> parameters = Workloads.cypherParameters(workload, input);
        try (var session = driver.session()) {
            return workload.fromRows().apply(session.executeRead(tx -> tx.run(workload.cypher(), parameters).list(Record::asMap), bounded));
        }
    }

    @Override
    public void close() {
        driver.close();
    }
}
