package org.innograph.paths;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.innograph.ingest.DerivedEdges;
import org.innograph.ingest.EdgeRow;
import org.innograph.ingest.NodeRow;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.springframework.stereotype.Component;

/**
 * The {@code COOPERATES_WITH} edges of a whole graph held in memory, by the rule of
 * {@code paths/derive-cooperation.cypher} (see it for the rule; {@code ImportCommandTest} holds the two to the
 * same edges): for each lab, project, park or centre with at most {@code maxConsortium} participations, every
 * two institutions taking part in it cooperate from the later of their starts (and its own) until the earliest
 * end, if that span is not empty; one edge per pair, from the lower id to the higher, listing what they share
 * in id order. A first import written as store files derives them here, in a second or two where the queries
 * took over a minute at a million edges (docs/performance-history.md, "How fast").
 */
@Component
class CooperationPairs implements DerivedEdges {

    static final String SOURCE = "derived from shared labs, projects, parks and centres";
    private static final LocalDate OPEN_START = LocalDate.of(1, 1, 1);
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    private final CooperationProperties settings;

    CooperationPairs(CooperationProperties settings) {
        this.settings = settings;
    }

    /** One thing two institutions share, and the span over which they shared it. */
    private record Shared(String thing, String kind, boolean synthetic, LocalDate since, LocalDate until) {
    }

    @Override
    public List<EdgeRow> derive(Collection<NodeRow> nodes, Collection<EdgeRow> edges) {
        Map<String, NodeRow> byId = new HashMap<>();
        nodes.forEach(node -> byId.put(node.id(), node));
        Map<String, List<EdgeRow>> participations = new HashMap<>();
        for (EdgeRow edge : edges) {
            NodeRow from = byId.get(edge.from());
            if (EdgeKind.PARTICIPATION.contains(edge.kind()) && from != null && from.kind() == Kind.INSTITUTION) {
                participations.computeIfAbsent(edge.to(), thing -> new ArrayList<>()).add(edge);
            }
        }
        // Per pair (lower id, higher id), what they share by thing id: one span per thing, the widest.
        Map<String, Map<String, TreeMap<String, Shared>>> pairs = new TreeMap<>();
        participations.forEach((thingId, taking) -> {
            if (taking.size() > settings.maxConsortium()) {
                return;
            }
            NodeRow thing = byId.get(thingId);
            for (EdgeRow a : taking) {
                for (EdgeRow b : taking) {
                    if (a.from().compareTo(b.from()) >= 0) {
                        continue;
                    }
                    LocalDate since = latest(date(a, "since"), date(b, "since"), date(thing, "since"));
                    LocalDate until = earliest(date(a, "until"), date(b, "until"), date(thing, "until"));
                    if (since.isAfter(until)) {
                        continue;
                    }
                    pairs.computeIfAbsent(a.from(), low -> new TreeMap<>()).computeIfAbsent(b.from(), high -> new TreeMap<>())
                            .merge(thingId, new Shared(thingId, thing.kind().name(), Boolean.TRUE.equals(thing.properties().get("synthetic")),
                                    since, until), (one, other) -> new Shared(thingId, one.kind(), one.synthetic(),
                                    earliest(one.since(), other.since()), latest(one.until(), other.until())));
                }
            }
        });
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<EdgeRow> derived = new ArrayList<>();
        pairs.forEach((low, partners) -> partners.forEach((high, shared) ->
                derived.add(new EdgeRow(EdgeKind.COOPERATES_WITH, low, high, properties(shared.values(), today)))));
        return derived;
    }

    private static Map<String, Object> properties(Collection<Shared> shared, LocalDate today) {
        Set<String> via = new LinkedHashSet<>();
        shared.forEach(one -> via.add(one.kind()));
        LocalDate since = shared.stream().map(Shared::since).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate until = shared.stream().map(Shared::until).max(Comparator.naturalOrder()).orElseThrow();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("weight", (long) shared.size());
        properties.put("via", List.copyOf(via));
        properties.put("shared", shared.stream().map(Shared::thing).toList());
        properties.put("sharedKinds", shared.stream().map(Shared::kind).toList());
        properties.put("sharedSince", shared.stream().map(Shared::since).toList());
        properties.put("sharedUntil", shared.stream().map(Shared::until).toList());
        properties.put("since", since.equals(OPEN_START) ? null : since);
        properties.put("until", until.equals(OPEN_END) ? null : until);
        properties.put("synthetic", shared.stream().anyMatch(Shared::synthetic));
        properties.put("derived", true);
        properties.put("asOf", today);
        properties.put("source", SOURCE);
        return properties;
    }

    private static LocalDate date(EdgeRow edge, String key) {
        return edge.properties().get(key) instanceof LocalDate date ? date : null;
    }

    private static LocalDate date(NodeRow node, String key) {
        return node.properties().get(key) instanceof LocalDate date ? date : null;
    }

    /** The latest of the given dates, {@link #OPEN_START} when none is given. */
    private static LocalDate latest(LocalDate... dates) {
        LocalDate latest = OPEN_START;
        for (LocalDate date : dates) {
            if (date != null && date.isAfter(latest)) {
                latest = date;
            }
        }
        return latest;
    }

    /** The earliest of the given dates, {@link #OPEN_END} when none is given. */
    private static LocalDate earliest(LocalDate... dates) {
        LocalDate earliest = OPEN_END;
        for (LocalDate date : dates) {
            if (date != null && date.isBefore(earliest)) {
                earliest = date;
            }
        }
        return earliest;
    }
}
