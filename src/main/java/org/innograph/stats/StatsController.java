package org.innograph.stats;

import java.util.Arrays;
import java.util.Map;

import org.innograph.database.QueryRunner;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.innograph.stats.Stats.EdgeKindCount;
import org.innograph.stats.Stats.KindCount;
import org.neo4j.driver.Value;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code stats}. */
@Controller
class StatsController {

    private final QueryRunner queries;

    StatsController(QueryRunner queries) {
        this.queries = queries;
    }

    @QueryMapping
    Stats stats() {
        Map<String, Value> counts = queries.single("stats/counts", Map.of(),
                row -> Map.of("nodes", row.get("nodes"), "edges", row.get("edges"))).orElseThrow();
        long countries = queries.single("stats/countries-with-agreement", Map.of(), row -> row.get("countries").asLong())
                .orElse(0L);
        return new Stats(
                Arrays.stream(Kind.values()).map(kind -> new KindCount(kind, counts.get("nodes").get(kind.name()).asLong())).toList(),
                Arrays.stream(EdgeKind.values()).map(kind -> new EdgeKindCount(kind, counts.get("edges").get(kind.name()).asLong())).toList(),
                countries);
    }
}
