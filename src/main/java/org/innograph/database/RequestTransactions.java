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

    /** Terminates the request's open transactions; returns how many there were. */
    public int terminate(String requestId) {
        try {
            List<String> open = queries.list("database/request-transactions", Map.of("request", requestId),
                    row -> row.get("transactionId").asString());
            if (!open.isEmpty()) {
                queries.run("database/terminate-transactions", Map.of("ids", open));
            }
            return open.size();
        }
        catch (RuntimeException e) {
            // A transaction may end by itself in between; the server-side timeout remains the backstop.
            log.debug("Could not terminate the transactions of request {}", requestId, e);
            return 0;
        }
    }
}
