package org.innograph.database;

/**
 * Ends the Neo4j transactions of an API request at once: when its client goes away, or its deadline passes
 * while a query still runs. Each {@link QueryExecution} knows its own: in-process it holds them, over the
 * driver it finds them by the request id bound to every query of the request.
 */
public interface RequestTransactions {

    /** Terminates the request's open transactions; returns how many it ended. */
    int terminate(String requestId);
}
