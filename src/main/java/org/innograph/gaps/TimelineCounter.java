package org.innograph.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.innograph.database.QueryRunner;
import org.innograph.graphql.InvalidArgumentException;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * The timeline: one query ({@code gaps/timeline.cypher}) groups the nodes by kind and the span of years they
 * cover, and the new ties by kind and year; this adds the groups up for each year. The groups are few (kinds x
 * distinct spans), so a century costs no more than a year.
 */
@Component
class TimelineCounter {

    /** The most years one timeline covers. */
    static final int MAX_YEARS = 100;
    /** The ties counted: taking part, and the cooperation derived from it. */
    static final List<EdgeKind> TIES = List.of(EdgeKind.PARTNER_OF, EdgeKind.PARTICIPATES_IN, EdgeKind.OPERATES,
            EdgeKind.COOPERATES_WITH);

    private final QueryRunner queries;

    TimelineCounter(QueryRunner queries) {
        this.queries = queries;
    }

    Timeline count(int from, int to, List<Kind> kinds) {
        if (from < 1 || from > 9999) {
            throw new InvalidArgumentException("from", "from must be a year between 1 and 9999, was " + from);
        }
        if (to < from || to > 9999) {
            throw new InvalidArgumentException("to", "to must be a year from %d (from) to 9999, was %d".formatted(from, to));
        }
        if (to - from + 1 > MAX_YEARS) {
            throw new InvalidArgumentException("to", "a timeline covers at most %d years; %d to %d is %d"
                    .formatted(MAX_YEARS, from, to, to - from + 1));
        }
        List<Kind> counted = kinds == null || kinds.isEmpty() ? List.of(Kind.values()) : List.copyOf(new LinkedHashSet<>(kinds));
        var params = new HashMap<String, Object>();
        params.put("kinds", counted);
        params.put("participation", EdgeKind.PARTICIPATION);
        params.put("from", from);
        params.put("to", to);
        int years = to - from + 1;
        Map<Kind, long[]> existing = new HashMap<>();
        Map<Kind, long[]> added = new HashMap<>();
        Map<EdgeKind, long[]> ties = new HashMap<>();
        counted.forEach(kind -> {
            existing.put(kind, new long[years]);
            added.put(kind, new long[years]);
        });
        TIES.forEach(kind -> ties.put(kind, new long[years]));
        for (Record row : queries.list("gaps/timeline", params, row -> row)) {
            long count = row.get("count").asLong();
            Integer first = row.get("first").isNull() ? null : row.get("first").asInt();
            if (row.get("counted").asString().equals("TIE")) {
                ties.get(EdgeKind.valueOf(row.get("kind").asString()))[first - from] += count;
                continue;
            }
            Kind kind = Kind.valueOf(row.get("kind").asString());
            Integer last = row.get("last").isNull() ? null : row.get("last").asInt();
            // The years of [from, to] at whose end the nodes existed: [first, last] cut to them.
            int start = Math.max(from, first == null ? from : first);
            int end = Math.min(to, last == null ? to : last);
            for (int year = start; year <= end; year++) {
                existing.get(kind)[year - from] += count;
            }
            if (first != null && first >= from && first <= to) {
                added.get(kind)[first - from] += count;
            }
        }
        var timeline = new ArrayList<Timeline.Year>();
        for (int i = 0; i < years; i++) {
            int at = i;
            List<Timeline.KindCount> nodes = counted.stream()
                    .map(kind -> new Timeline.KindCount(kind, existing.get(kind)[at], added.get(kind)[at])).toList();
            List<Timeline.TieCount> newTies = TIES.stream().map(kind -> new Timeline.TieCount(kind, ties.get(kind)[at])).toList();
            timeline.add(new Timeline.Year(from + i, nodes, nodes.stream().mapToLong(Timeline.KindCount::existing).sum(),
                    nodes.stream().mapToLong(Timeline.KindCount::added).sum(), newTies,
                    newTies.stream().mapToLong(Timeline.TieCount::count).sum()));
        }
        return new Timeline(from, to, counted, timeline);
    }
}
