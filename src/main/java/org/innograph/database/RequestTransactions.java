package org.innograph.database;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ends the Neo4j transactions of an API request at once: when its client goes away, or its deadline
 * passes while a query still runs. They are found by the request id that {@link QueryRunner} binds to each
 * of them; a user sees and may end their own transactions without admin rights.
 */
@Component
public class RequestTransactions {

    private static final Logger log = LoggerFactory.getLogger(RequestTransactions.class);

    private final QueryRunner queries;

    public RequestTransactions(QueryRunner queries) {
        this.queries = queries;
    }

    /** How many times to look again for transactions that are still open. */
    static final int ROUNDS = 10;
    static final long PAUSE_MILLIS = 50;

    /**
     * Terminates the request's open transactions, and looks again until none is left: a query that passed
     * its last check just as the request stopped may begin its transaction after the first look, and a
     * terminated transaction stays listed until the thread running it notices. Returns how many it ended.
     */
    public int terminate(String requestId) {
        int ended = 0;
        for (int round = 0; round < ROUNDS; round++) {
            try {
                List<String> open = queries.list("database/request-transactions", Map.of("request", requestId),
                        row -> row.get("transactionId").asString());
                if (open.isEmpty()) {
                    return ended;
                }
                queries.run("database/terminate-transactions", Map.of("ids", open));
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
}
