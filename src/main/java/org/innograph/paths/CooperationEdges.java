package org.innograph.paths;

import java.util.Map;
import java.util.UUID;

import org.innograph.database.QueryRunner;
import org.innograph.ingest.NetworkChanged;
import org.innograph.network.EdgeKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the derived {@code COOPERATES_WITH} edges in step with the facts they come from: whenever a write
 * changes who takes part in labs, projects, parks or centres, they are recomputed in one transaction,
 * and edges no longer backed by a shared activity go. Never entered by hand.
 */
@Component
public class CooperationEdges {

    private static final Logger log = LoggerFactory.getLogger(CooperationEdges.class);

    private final QueryRunner queries;
    private final TransactionTemplate transactions;

    public CooperationEdges(QueryRunner queries, TransactionTemplate transactions) {
        this.queries = queries;
        this.transactions = transactions;
    }

    @EventListener
    void onNetworkChanged(NetworkChanged change) {
        if (change.edgeKinds().stream().anyMatch(EdgeKind.PARTICIPATION::contains)) {
            recompute();
        }
    }

    /** Derives every COOPERATES_WITH edge afresh; returns how many there are now. */
    public long recompute() {
        String run = UUID.randomUUID().toString();
        long edges = transactions.execute(tx -> {
            long derived = queries.single("paths/derive-cooperation",
                            Map.of("run", run, "participation", EdgeKind.PARTICIPATION), row -> row.get("edges").asLong())
                    .orElse(0L);
            queries.run("paths/remove-stale-cooperation", Map.of("run", run));
            return derived;
        });
        log.info("Derived {} COOPERATES_WITH edges", edges);
        return edges;
    }
}
