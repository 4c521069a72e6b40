package org.innograph.stats;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

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
        Map<String, Map<String, Long>> counts = queries.single("stats/counts", Map.of(), row -> Map.of(
                "nodes", byKind(row.get("nodes")), "edges", byKind(row.get("edges")))).orElseThrow();
        long countries = queries.single("stats/countries-with-agreement", Map.of(), row -> row.get("countries").asLong())
                .orElse(0L);
        return new Stats(
                Arrays.stream(Kind.values()).map(kind -> new KindCount(kind, counts.get("nodes").getOrDefault(kind.label(), 0L))).toList(),
                Arrays.stream(EdgeKind.values()).map(kind -> new EdgeKindCount(kind, counts.get("edges").getOrDefault(kind.name(), 0L))).toList(),
                countries);
    }

    /** The {kind, count} maps of the counts query, by label or relationship type. */
    private static Map<String, Long> byKind(Value rows) {
        return rows.asList(row -> Map.entry(row.get("kind").asString(), row.get("count").asLong())).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
