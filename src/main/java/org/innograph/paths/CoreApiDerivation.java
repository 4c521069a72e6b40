package org.innograph.paths;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.Transaction;
import org.neo4j.values.storable.Values;

/**
 * {@code paths/derive-cooperation.cypher} on Neo4j's Core API, for a database in this JVM (see the file for the
 * rule): the same pairs, spans and properties, the same comparison before writing, the same deletions and
 * marks, and the same counts, without a query that walks a hub's every participation again for each chunk of
 * its partners. At 1m a full rebuild took 45.5 s by the file and 13-18 s so (docs/performance-history.md,
 * "How fast"); {@code CoreApiDerivationTest} holds the two to the same edges, marks and counts.
 */
final class CoreApiDerivation {

    private static final Label ENTITY = Label.label("Entity");
    private static final Label INSTITUTION = Label.label(Kind.INSTITUTION.label());
    private static final Label PENDING = Label.label("CooperationPending");
    private static final RelationshipType COOPERATES_WITH = RelationshipType.withName(EdgeKind.COOPERATES_WITH.name());
    private static final RelationshipType[] PARTICIPATION = EdgeKind.PARTICIPATION.stream()
            .map(kind -> RelationshipType.withName(kind.name())).toArray(RelationshipType[]::new);
    private static final LocalDate OPEN_START = CooperationPairs.OPEN_START;
    private static final LocalDate OPEN_END = CooperationPairs.OPEN_END;

    private final int maxConsortium;
    private final long maxRemembered;
    // Things and their members, and institutions' participations, as read, by node id: a derivation changes none.
    private final Map<Long, Optional<Thing>> things = new HashMap<>();
    private final Map<Long, List<Taking>> taking = new HashMap<>();
    private long remembered;

    /**
     * A derivation of {@link #derive} calls that may share what they read: one transaction's, or a hub's
     * chunks of partners, whose every chunk looks at each of the hub's things (re-reading their members for each
     * took most of a derivation at 1m). At most {@code maxRemembered} members and participations are
     * remembered; what comes past it is read again when met again.
     */
    CoreApiDerivation(int maxConsortium, long maxRemembered) {
        this.maxConsortium = maxConsortium;
        this.maxRemembered = maxRemembered;
    }

    /** What one shared thing gives a pair: its kind, whether it is synthetic, and the widest span through it. */
    private record Shared(String kind, boolean synthetic, LocalDate since, LocalDate until) {

        Shared widest(Shared other) {
            return new Shared(kind, synthetic, since.isBefore(other.since) ? since : other.since,
                    until.isAfter(other.until) ? until : other.until);
        }
    }

    /** An institution taking part in a thing, and over which span (the thing's own dates applied). */
    private record Member(long node, String id, LocalDate since, LocalDate until) {
    }

    /** A participation: the node taken part in, and over which span. */
    private record Taking(long thing, Object since, Object until) {
    }

    /** A thing that derives pairs: what its pairs record of it, and its members. */
    private record Thing(String id, String kind, boolean synthetic, List<Member> members) {
    }

    /** An institution {@code a} shares things with: its id, and what they share by the thing's id. */
    private record Partner(String id, TreeMap<String, Shared> shared) {
    }

    /**
     * Derives afresh, in {@code tx}, the edges of the institutions {@code ids} (with the institutions
     * {@code partners} only, unless null), as the file does with the same parameters.
     */
    CooperationEdges.Derived derive(Transaction tx, List<String> ids, List<String> partners, boolean last) {
        Set<Long> only = partners == null ? null : nodes(tx, partners);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long institutions = 0, written = 0, removed = 0;
        for (String id : ids) {
            Node a = tx.findNode(ENTITY, "id", id);
            if (a == null || !a.hasLabel(INSTITUTION)) {
                continue;
            }
            institutions++;
            Map<Long, List<Relationship>> edges = cooperationEdges(a);
            Map<Long, Partner> pairs = pairs(tx, a, only);
            for (var pair : pairs.entrySet()) {
                Node b = tx.getNodeById(pair.getKey());
                // As the file's a.id < b.id, where a missing id compares as null: b is then the lower.
                boolean lower = pair.getValue().id() != null && id.compareTo(pair.getValue().id()) < 0;
                written += write(lower ? a : b, lower ? b : a, edges.getOrDefault(b.getId(), List.of()),
                        properties(pair.getValue().shared()), today);
            }
            for (var other : edges.entrySet()) {
                if (!pairs.containsKey(other.getKey()) && (only == null || only.contains(other.getKey()))) {
                    for (Relationship edge : other.getValue()) {
                        edge.delete();
                        removed++;
                    }
                }
            }
            if (partners == null || last) {
                a.removeLabel(PENDING);
            }
        }
        return new CooperationEdges.Derived(institutions, written, removed);
    }

    /**
     * As the file's {@code MERGE (low)-[c:COOPERATES_WITH]->(high)} and what follows: every such edge among
     * {@code edges} (those between the two, either way), or a new one, gets the derived values where one
     * differs; returns how many were written.
     */
    private static long write(Node low, Node high, List<Relationship> edges, Map<String, Object> derived, LocalDate today) {
        List<Relationship> merged = new ArrayList<>();
        for (Relationship edge : edges) {
            if (edge.getStartNode().equals(low)) {
                merged.add(edge);
            }
        }
        if (merged.isEmpty()) {
            merged.add(low.createRelationshipTo(high, COOPERATES_WITH));
        }
        long written = 0;
        for (Relationship edge : merged) {
            if (changed(edge, derived)) {
                derived.forEach((key, value) -> {
                    if (value == null) {
                        edge.removeProperty(key);
                    }
                    else {
                        edge.setProperty(key, value);
                    }
                });
                edge.setProperty("derived", true);
                edge.setProperty("asOf", today);
                edge.setProperty("source", CooperationPairs.SOURCE);
                written++;
            }
        }
        return written;
    }

    /** The node ids of these ids. */
    private static Set<Long> nodes(Transaction tx, Collection<String> ids) {
        Set<Long> nodes = new HashSet<>();
        for (String id : ids) {
            Node node = tx.findNode(ENTITY, "id", id);
            if (node != null) {
                nodes.add(node.getId());
            }
        }
        return nodes;
    }

    /** The institution's COOPERATES_WITH edges, either way, by the id of the node at their other end. */
    private static Map<Long, List<Relationship>> cooperationEdges(Node a) {
        Map<Long, List<Relationship>> edges = new HashMap<>();
        try (ResourceIterable<Relationship> all = a.getRelationships(Direction.BOTH, COOPERATES_WITH)) {
            for (Relationship edge : all) {
                edges.computeIfAbsent(edge.getOtherNode(a).getId(), other -> new ArrayList<>()).add(edge);
            }
        }
        return edges;
    }

    /**
     * Every institution {@code a} shares a thing with (of those {@code only} names, unless null): a thing of at
     * most {@code maxConsortium} participations, over a span that is not empty; with what they share by the
     * thing's id.
     */
    private Map<Long, Partner> pairs(Transaction tx, Node a, Set<Long> only) {
        Map<Long, Partner> pairs = new HashMap<>();
        long self = a.getId();
        for (Taking pa : taking(a)) {
            Thing thing = thing(tx, pa.thing());
            if (thing == null) {
                continue;
            }
            for (Member b : thing.members()) {
                if (b.node() == self || only != null && !only.contains(b.node())) {
                    continue;
                }
                LocalDate since = later(b.since(), pa.since());
                LocalDate until = earlier(b.until(), pa.until());
                if (since.isAfter(until)) {
                    continue;
                }
                // Two kinds of participation in one thing count it once, over the widest span.
                pairs.computeIfAbsent(b.node(), partner -> new Partner(b.id(), new TreeMap<>())).shared().merge(thing.id(),
                        new Shared(thing.kind(), thing.synthetic(), since, until), Shared::widest);
            }
        }
        return pairs;
    }

    /**
     * Every institution {@code id} may have a COOPERATES_WITH edge with after its derivation, in id order, as
     * {@code paths/cooperation-candidates.cypher} lists them: those taking part in a thing it takes part in that
     * derives pairs, and those it has an edge with now.
     */
    List<String> candidates(Transaction tx, String id) {
        Node a = tx.findNode(ENTITY, "id", id);
        if (a == null || !a.hasLabel(INSTITUTION)) {
            return List.of();
        }
        Set<String> candidates = new TreeSet<>();
        for (Taking pa : taking(a)) {
            Thing thing = thing(tx, pa.thing());
            if (thing != null) {
                thing.members().stream().filter(b -> b.node() != a.getId() && b.id() != null).forEach(b -> candidates.add(b.id()));
            }
        }
        try (ResourceIterable<Relationship> edges = a.getRelationships(Direction.BOTH, COOPERATES_WITH)) {
            for (Relationship edge : edges) {
                if (edge.getOtherNode(a).getProperty("id", null) instanceof String other) {
                    candidates.add(other);
                }
            }
        }
        return List.copyOf(candidates);
    }

    /** The institution's participations, remembered. */
    private List<Taking> taking(Node a) {
        List<Taking> known = taking.get(a.getId());
        if (known != null) {
            return known;
        }
        List<Taking> all = new ArrayList<>();
        try (ResourceIterable<Relationship> edges = a.getRelationships(Direction.OUTGOING, PARTICIPATION)) {
            for (Relationship pa : edges) {
                Map<String, Object> span = pa.getProperties("since", "until");
                all.add(new Taking(pa.getEndNode().getId(), span.get("since"), span.get("until")));
            }
        }
        if (remembered + all.size() <= maxRemembered) {
            taking.put(a.getId(), all);
            remembered += all.size();
        }
        return all;
    }

    /** The thing with its members, remembered; null when it derives no pairs. */
    private Thing thing(Transaction tx, long x) {
        Optional<Thing> known = things.get(x);
        if (known != null) {
            return known.orElse(null);
        }
        Optional<Thing> thing = read(tx.getNodeById(x));
        long members = thing.map(one -> one.members().size()).orElse(0);
        if (remembered + members <= maxRemembered) {
            things.put(x, thing);
            remembered += members;
        }
        return thing.orElse(null);
    }

    /**
     * The thing with its members; empty when it is no entity or more than {@code maxConsortium} participations
     * of institutions reach it (counted no further).
     */
    private Optional<Thing> read(Node x) {
        if (!x.hasLabel(ENTITY)) {
            return Optional.empty();
        }
        Map<String, Object> own = x.getProperties("id", "kind", "synthetic", "since", "until");
        LocalDate thingSince = later(OPEN_START, own.get("since"));
        LocalDate thingUntil = earlier(OPEN_END, own.get("until"));
        List<Member> members = new ArrayList<>();
        try (ResourceIterable<Relationship> taking = x.getRelationships(Direction.INCOMING, PARTICIPATION)) {
            for (Relationship pb : taking) {
                Node b = pb.getStartNode();
                if (b.hasLabel(INSTITUTION)) {
                    if (members.size() == maxConsortium) {
                        return Optional.empty();
                    }
                    Map<String, Object> span = pb.getProperties("since", "until");
                    members.add(new Member(b.getId(), (String) b.getProperty("id", null), later(thingSince, span.get("since")),
                            earlier(thingUntil, span.get("until"))));
                }
            }
        }
        return Optional.of(new Thing((String) own.get("id"), own.get("kind") instanceof String kind ? kind : null,
                Boolean.TRUE.equals(own.get("synthetic")), members));
    }

    /** The file's derived map, its lists as the arrays they are stored as (a null kind is left out, as collect does). */
    private static Map<String, Object> properties(TreeMap<String, Shared> shared) {
        Set<String> via = new LinkedHashSet<>();
        List<String> kinds = new ArrayList<>(shared.size());
        var sinces = new LocalDate[shared.size()];
        var untils = new LocalDate[shared.size()];
        LocalDate since = OPEN_END;
        LocalDate until = OPEN_START;
        boolean synthetic = false;
        int i = 0;
        for (Shared one : shared.values()) {
            if (one.kind() != null) {
                via.add(one.kind());
                kinds.add(one.kind());
            }
            sinces[i] = one.since();
            untils[i++] = one.until();
            since = one.since().isBefore(since) ? one.since() : since;
            until = one.until().isAfter(until) ? one.until() : until;
            synthetic |= one.synthetic();
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("weight", (long) shared.size());
        properties.put("via", strings(via));
        properties.put("shared", strings(shared.keySet()));
        properties.put("sharedKinds", strings(kinds));
        properties.put("sharedSince", sinces);
        properties.put("sharedUntil", untils);
        properties.put("since", since.equals(OPEN_START) ? null : since);
        properties.put("until", until.equals(OPEN_END) ? null : until);
        properties.put("synthetic", synthetic);
        return properties;
    }

    private static String[] strings(Collection<String> strings) {
        return strings.toArray(String[]::new);
    }

    /** As the file's comparison: a value differs unless it equals the stored one, or both are null. */
    private static boolean changed(Relationship edge, Map<String, Object> derived) {
        // One walk of the edge's properties, not one per key.
        Map<String, Object> stored = edge.getAllProperties();
        for (var property : derived.entrySet()) {
            Object old = stored.get(property.getKey());
            if (old == null || property.getValue() == null) {
                if (old != property.getValue()) {
                    return true;
                }
            }
            else if (!Values.of(old).equals(Values.of(property.getValue()))) {
                return true;
            }
        }
        return false;
    }

    /** The later of a date and a stored value, which counts only as a date (Cypher's comparison is null otherwise). */
    private static LocalDate later(LocalDate date, Object stored) {
        return stored instanceof LocalDate other && other.isAfter(date) ? other : date;
    }

    private static LocalDate earlier(LocalDate date, Object stored) {
        return stored instanceof LocalDate other && other.isBefore(date) ? other : date;
    }
}
