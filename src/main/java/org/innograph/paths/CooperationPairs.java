package org.innograph.paths;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
    /** The file's stand-ins for an open start and an open end (lists cannot hold nulls). */
    static final LocalDate OPEN_START = LocalDate.of(1, 1, 1);
    static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    private final CooperationProperties settings;

    CooperationPairs(CooperationProperties settings) {
        this.settings = settings;
    }

    /** One thing two institutions share, and the span over which they shared it. */
    private record Shared(String thing, String kind, boolean synthetic, LocalDate since, LocalDate until) {
    }

    /**
     * Institutions and things are numbered in id order and the pairs are made one lower institution at a time,
     * into arrays indexed by the higher one: the pairs come out in (lower, higher) order with no map of pairs
     * held (nested maps of strings took 2.4 s at a million edges, a tenth of a first import).
     */
    @Override
    public List<EdgeRow> derive(Collection<NodeRow> nodes, Collection<EdgeRow> edges) {
        Map<String, NodeRow> byId = new HashMap<>(nodes.size() * 2);
        nodes.forEach(node -> byId.put(node.id(), node));
        Map<String, List<EdgeRow>> participations = new HashMap<>();
        for (EdgeRow edge : edges) {
            if (!EdgeKind.PARTICIPATION.contains(edge.kind())) {
                continue;
            }
            NodeRow from = byId.get(edge.from());
            if (from != null && from.kind() == Kind.INSTITUTION && byId.containsKey(edge.to())) {
                participations.computeIfAbsent(edge.to(), thing -> new ArrayList<>()).add(edge);
            }
        }
        participations.values().removeIf(taking -> taking.size() > settings.maxConsortium());
        String[] things = participations.keySet().stream().sorted().toArray(String[]::new);
        String[] institutions = participations.values().stream().flatMap(List::stream).map(EdgeRow::from).distinct().sorted()
                .toArray(String[]::new);
        Map<String, Integer> institutionAt = new HashMap<>(institutions.length * 2);
        for (int i = 0; i < institutions.length; i++) {
            institutionAt.put(institutions[i], i);
        }
        // Each thing's participants (institution, since, until) in one run of the arrays, and each
        // institution's participations as indexes into them.
        int count = participations.values().stream().mapToInt(List::size).sum();
        int[] takerOf = new int[count];
        int[] thingOf = new int[count];
        long[] sinceOf = new long[count];
        long[] untilOf = new long[count];
        int[] thingStart = new int[things.length + 1];
        String[] thingKind = new String[things.length];
        boolean[] thingSynthetic = new boolean[things.length];
        int[][] taken = new int[institutions.length][];
        int[] takenCount = new int[institutions.length];
        int at = 0;
        for (int t = 0; t < things.length; t++) {
            thingStart[t] = at;
            NodeRow thing = byId.get(things[t]);
            thingKind[t] = thing.kind().name();
            thingSynthetic[t] = Boolean.TRUE.equals(thing.properties().get("synthetic"));
            long thingSince = day(date(thing, "since"), OPEN_START);
            long thingUntil = day(date(thing, "until"), OPEN_END);
            for (EdgeRow edge : participations.get(things[t])) {
                int taker = institutionAt.get(edge.from());
                takerOf[at] = taker;
                thingOf[at] = t;
                sinceOf[at] = Math.max(thingSince, day(date(edge, "since"), OPEN_START));
                untilOf[at] = Math.min(thingUntil, day(date(edge, "until"), OPEN_END));
                int[] list = taken[taker] == null ? taken[taker] = new int[4] : taken[taker];
                if (takenCount[taker] == list.length) {
                    list = taken[taker] = Arrays.copyOf(list, list.length * 2);
                }
                list[takenCount[taker]++] = at;
                at++;
            }
        }
        thingStart[things.length] = at;

        // Per higher institution, the (thing, since, until) shared with the current lower one, chained.
        int[] first = new int[institutions.length];
        Arrays.fill(first, -1);
        var sharedThing = new Longs();
        var sharedNext = new Longs();
        var sharedSince = new Longs();
        var sharedUntil = new Longs();
        var touched = new Longs();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<EdgeRow> derived = new ArrayList<>();
        for (int low = 0; low < institutions.length; low++) {
            for (int k = 0; k < takenCount[low]; k++) {
                int mine = taken[low][k];
                int t = thingOf[mine];
                for (int other = thingStart[t]; other < thingStart[t + 1]; other++) {
                    int high = takerOf[other];
                    long since = Math.max(sinceOf[mine], sinceOf[other]);
                    long until = Math.min(untilOf[mine], untilOf[other]);
                    if (high <= low || since > until) {
                        continue;
                    }
                    if (first[high] < 0) {
                        touched.add(high);
                    }
                    sharedNext.add(first[high]);
                    first[high] = sharedThing.size();
                    sharedThing.add(t);
                    sharedSince.add(since);
                    sharedUntil.add(until);
                }
            }
            touched.sort();
            for (int i = 0; i < touched.size(); i++) {
                int high = (int) touched.get(i);
                // By thing; one span per thing, the widest (an institution may take part in a thing twice).
                TreeMap<Integer, long[]> spans = new TreeMap<>();
                for (int s = first[high]; s >= 0; s = (int) sharedNext.get(s)) {
                    long[] span = {sharedSince.get(s), sharedUntil.get(s)};
                    spans.merge((int) sharedThing.get(s), span, (one, two) -> new long[] {Math.min(one[0], two[0]), Math.max(one[1], two[1])});
                }
                List<Shared> shared = new ArrayList<>(spans.size());
                spans.forEach((t, span) -> shared.add(new Shared(things[t], thingKind[t], thingSynthetic[t],
                        LocalDate.ofEpochDay(span[0]), LocalDate.ofEpochDay(span[1]))));
                derived.add(new EdgeRow(EdgeKind.COOPERATES_WITH, institutions[low], institutions[high], properties(shared, today)));
                first[high] = -1;
            }
            touched.clear();
            sharedThing.clear();
            sharedNext.clear();
            sharedSince.clear();
            sharedUntil.clear();
        }
        return derived;
    }

    private static long day(LocalDate date, LocalDate open) {
        return (date != null ? date : open).toEpochDay();
    }

    /** A growable list of longs, cleared and reused for each lower institution. */
    private static final class Longs {
        private long[] items = new long[64];
        private int size;

        void add(long item) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = item;
        }

        long get(int i) {
            return items[i];
        }

        int size() {
            return size;
        }

        void sort() {
            Arrays.sort(items, 0, size);
        }

        void clear() {
            size = 0;
        }
    }

    /** One loop rather than a stream per property: this runs for each of 204,636 pairs at 1m. */
    private static Map<String, Object> properties(List<Shared> shared, LocalDate today) {
        Set<String> via = new LinkedHashSet<>();
        var things = new ArrayList<String>(shared.size());
        var kinds = new ArrayList<String>(shared.size());
        var sinces = new ArrayList<LocalDate>(shared.size());
        var untils = new ArrayList<LocalDate>(shared.size());
        LocalDate since = OPEN_END;
        LocalDate until = OPEN_START;
        boolean synthetic = false;
        for (Shared one : shared) {
            via.add(one.kind());
            things.add(one.thing());
            kinds.add(one.kind());
            sinces.add(one.since());
            untils.add(one.until());
            since = one.since().isBefore(since) ? one.since() : since;
            until = one.until().isAfter(until) ? one.until() : until;
            synthetic |= one.synthetic();
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("weight", (long) shared.size());
        properties.put("via", List.copyOf(via));
        properties.put("shared", things);
        properties.put("sharedKinds", kinds);
        properties.put("sharedSince", sinces);
        properties.put("sharedUntil", untils);
        properties.put("since", since.equals(OPEN_START) ? null : since);
        properties.put("until", until.equals(OPEN_END) ? null : until);
        properties.put("synthetic", synthetic);
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
}
