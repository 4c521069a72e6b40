import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * May a transaction's own timeout be longer than the DBMS's {@code db.transaction.timeout}? (The analyses'
 * {@code innograph.gaps.analysis-timeout} relies on it; drivers' docs say such a timeout fell back to the
 * default on servers 4.2 to 5.2.) Starts an embedded DBMS with a 3 s default, runs a query that would take
 * minutes with no timeout of its own, with 1 s, and with 10 s, in-process and over Bolt, and prints when each
 * ended. Run: bench/tx-timeout.sh
 */
public class TxTimeoutProbe {

    static final String ENDLESS = "UNWIND range(1, 3000000000) AS x WITH x WHERE x < 0 RETURN count(x)";

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("tx-timeout-probe");
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 17699;
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(3))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .build();
        GraphDatabaseService db = dbms.database("neo4j");
        for (long own : new long[] {0, 1_000, 10_000}) {
            long started = System.nanoTime();
            String outcome;
            try (Transaction tx = own == 0 ? db.beginTx() : db.beginTx(own, TimeUnit.MILLISECONDS); Result result = tx.execute(ENDLESS)) {
                result.hasNext();
                outcome = "finished";
            }
            catch (RuntimeException e) {
                outcome = e.getClass().getSimpleName();
            }
            System.out.printf("in-process, default 3 s, own timeout %s: ended after %d ms (%s)%n", own == 0 ? "none" : own + " ms",
                    (System.nanoTime() - started) / 1_000_000, outcome);
        }
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none()); var session = driver.session()) {
            for (long own : new long[] {0, 1_000, 10_000}) {
                long started = System.nanoTime();
                String outcome;
                var config = own == 0 ? TransactionConfig.empty() : TransactionConfig.builder().withTimeout(Duration.ofMillis(own)).build();
                try (var tx = session.beginTransaction(config)) {
                    tx.run(ENDLESS).consume();
                    outcome = "finished";
                }
                catch (RuntimeException e) {
                    outcome = e.getClass().getSimpleName();
                }
                System.out.printf("driver, default 3 s, own timeout %s: ended after %d ms (%s)%n", own == 0 ? "none" : own + " ms",
                        (System.nanoTime() - started) / 1_000_000, outcome);
            }
        }
        dbms.shutdown();
    }
}
