package org.innograph.stats;

import java.util.Map;

import org.innograph.database.QueryRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Plans the {@code stats} counts once at start-up, after the sample load (so the data's statistics are
 * those it will run on), before the service declares itself ready. Its 26 count-store branches take
 * seconds to plan cold on two busy cores; the first client would otherwise pay that.
 */
@Component
@Order(1)
class StatsPlanWarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StatsPlanWarmUp.class);

    private final QueryRunner queries;

    StatsPlanWarmUp(QueryRunner queries) {
        this.queries = queries;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        long started = System.nanoTime();
        try {
            queries.list("stats/counts", Map.of(), row -> row.get("count").asLong());
            log.info("Planned the stats counts in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
        catch (RuntimeException e) {
            log.warn("Could not plan the stats counts ahead; the first stats request will", e);
        }
    }
}
