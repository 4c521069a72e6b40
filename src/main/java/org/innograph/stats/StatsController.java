package org.innograph.stats;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.innograph.database.QueryRunner;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.innograph.stats.Stats.EdgeKindCount;
import org.innograph.stats.Stats.KindCount;
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
        Map<Boolean, Map<String, Long>> counts = queries.list("stats/counts", Map.of(), row -> row).stream()
                .collect(Collectors.partitioningBy(row -> row.get("edge").asBoolean(),
                        Collectors.toMap(row -> row.get("kind").asString(), row -> row.get("count").asLong())));
        long countries = queries.single("stats/countries-with-agreement", Map.of(), row -> row.get("countries").asLong())
                .orElse(0L);
        return new Stats(
                Arrays.stream(Kind.values()).map(kind -> new KindCount(kind, counts.get(false).getOrDefault(kind.label(), 0L))).toList(),
                Arrays.stream(EdgeKind.values()).map(kind -> new EdgeKindCount(kind, counts.get(true).getOrDefault(kind.name(), 0L))).toList(),
                countries);
    }
}
