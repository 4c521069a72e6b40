package org.innograph.network;

import java.util.List;
import java.util.Map;

import org.innograph.database.QueryRunner;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Plans the child-list queries ({@code network/outgoing}, {@code network/incoming}) at start-up, before the
 * service declares itself ready. Their branch per edge kind, which keeps a hub from expanding every
 * relationship, takes 1-2 s to plan on a quiet 2-core machine (1.3-2.0 s on 27 November) and several
 * seconds on a busy one: the first page of labs with partners would otherwise pay it, and a short deadline
 * would not survive it. One plan serves every edge kind, since the kind is a parameter. Only where the
 * driver runs them: in-process, {@link ChildListTraversal} answers the child lists and needs no plan.
 */
@Component
// Only a service answers requests: a command (import, export) would plan for nothing, 4.5 s at 1m.
@ConditionalOnWebApplication
@Order(1)
class ChildListPlanWarmUp implements ApplicationRunner {

    private final QueryRunner queries;

    ChildListPlanWarmUp(QueryRunner queries) {
        this.queries = queries;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (queries.traverses()) {
            return; // the child lists walk the Core API (ChildListTraversal), and these files serve the driver only
        }
        for (String query : List.of("network/outgoing", "network/incoming")) {
            queries.plan(query, Map.of("ids", List.of("warm-up"), "type", EdgeKind.LOCATED_IN.name(), "limit", 1,
                    "properties", List.of("id"), "withEdge", false));
        }
    }
}
