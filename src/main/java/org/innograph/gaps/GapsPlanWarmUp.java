package org.innograph.gaps;

import java.util.HashMap;
import java.util.Map;

import org.innograph.database.QueryRunner;
import org.innograph.network.EdgeKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Plans the two largest queries of the gaps that a request runs directly ({@code gaps/suggested-partners},
 * {@code gaps/ego-network}) at start-up, before the service declares itself ready, as the child lists and
 * {@code stats} are. On the 1m scale network under a load average of 8 on two cores, the first
 * {@code suggestedPartners} of the densest institution ran past the 10 s request deadline while its planned
 * runs took 1.2-3.4 s, and the first {@code egoNetwork} took 6.6 s against 0.8 s after
 * ({@code bench/results/analyses-2026-11-27-1m*.md}). A node that does not exist plans the query and reads nothing.
 * It runs after the {@code stats} warm-up, the cheaper (~1 s against ~3 s), so that more of the API is warm
 * sooner: with both at one order they ran in either order, and a restart on the sample network answered its
 * first {@code stats} after 10.3 s when these plans went first, 7.4-8.1 s when they went second.
 */
@Component
// Only a service answers requests: a command (import, export) would plan for nothing, 4.5 s at 1m.
@ConditionalOnWebApplication
@Order(2)
class GapsPlanWarmUp implements ApplicationRunner {

    private static final String NOBODY = "warm-up:nobody";

    private final QueryRunner queries;
    private final GapsProperties settings;

    GapsPlanWarmUp(QueryRunner queries, GapsProperties settings) {
        this.queries = queries;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        // The parameters of a request without asOf or filters, the most common, whose plan this caches.
        var partners = new HashMap<String, Object>();
        partners.put("id", NOBODY);
        partners.put("by", LinkScore.ADAMIC_ADAR.name());
        partners.put("first", 10);
        partners.put("maxPaths", settings.partnerPaths());
        partners.put("participation", EdgeKind.PARTICIPATION);
        partners.put("asOf", null);
        partners.put("regions", null);
        partners.put("fields", null);
        queries.plan("gaps/suggested-partners", partners);
        var ego = new HashMap<String, Object>();
        ego.put("id", NOBODY);
        ego.put("asOf", null);
        ego.put("maxAlters", settings.egoMaxAlters());
        queries.plan("gaps/ego-network", ego);
    }
}
