package org.innograph.ingest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.innograph.ingest.GraphWriter.Outcomes;
import org.innograph.network.CjkNames;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.Transaction;
import org.neo4j.values.storable.Value;
import org.neo4j.values.storable.Values;

/**
 * The upserts of {@code ingest/create-nodes}, {@code upsert-nodes}, {@code create-edges} and
 * {@code upsert-edges} on Neo4j's Core API, for a database in this JVM: the same look-ups by the
 * {@code entity_id} index, the same comparison (Cypher's {@code =}: a list equals the stored array with the
 * same elements, 1 equals 1.0; a null removes) and the same outcomes, without planning and interpreting a
 * query per batch. Measured on the bulk import, where it writes several times as many rows per second
 * (docs/performance-history.md, "How fast"); {@code CoreApiWritesTest} holds it to the Cypher files' results.
 */
final class CoreApiWrites {

    private static final Label ENTITY = Label.label("Entity");
    private static final Label CJK_NAMED = Label.label(CjkNames.LABEL);
    private static final Label INSTITUTION = Label.label(Kind.INSTITUTION.label());
    private static final Label COOPERATION_PENDING = Label.label("CooperationPending");
    private static final RelationshipType[] PARTICIPATION = EdgeKind.PARTICIPATION.stream()
            .map(kind -> RelationshipType.withName(kind.name())).toArray(RelationshipType[]::new);

    private CoreApiWrites() {
    }

    /** As the two node files: creates the absent ids, compares the present ones and updates those that differ. */
    static Outcomes upsertNodes(Transaction tx, Kind kind, Collection<NodeRow> rows, Consumer<String> created) {
        Label label = Label.label(kind.label());
        long made = 0, updated = 0, unchanged = 0;
        for (NodeRow row : rows) {
            Node old = tx.findNode(ENTITY, "id", row.id());
            if (old == null) {
                Node node = tx.createNode(ENTITY, label);
                node.setProperty("id", row.id());
                setAll(node, row.properties());
                node.setProperty("kind", kind.name());
                setSortKey(node);
                labelCjkNames(node);
                created.accept(row.id());
                made++;
            }
            else if (kind.name().equals(old.getProperty("kind", null)) && old.hasLabel(label) && same(old, row.properties())) {
                unchanged++;
            }
            else {
                setAll(old, row.properties());
                old.setProperty("kind", kind.name());
                setSortKey(old);
                labelCjkNames(old);
                old.addLabel(label);
                updated++;
            }
        }
        return new Outcomes(made, updated, unchanged, 0);
    }

    /**
     * As the two edge files: rows {@code isNew} says cannot exist yet are created, the others compared and,
     * where they differ, updated; a row whose end is missing writes nothing and is counted as missing.
     */
    static Outcomes upsertEdges(Transaction tx, EdgeKind kind, Collection<EdgeRow> rows, Predicate<EdgeRow> isNew) {
        RelationshipType type = RelationshipType.withName(kind.name());
        long made = 0, updated = 0, unchanged = 0, missing = 0;
        for (EdgeRow row : rows) {
            Node from = tx.findNode(ENTITY, "id", row.from());
            Node to = from == null ? null : tx.findNode(ENTITY, "id", row.to());
            if (to == null) {
                missing++;
                continue;
            }
            Relationship old = isNew.test(row) ? null : between(from, to, type);
            if (old == null) {
                setAll(from.createRelationshipTo(to, type), row.properties());
                made++;
            }
            else if (same(old, row.properties())) {
                unchanged++;
            }
            else {
                setAll(old, row.properties());
                updated++;
            }
        }
        return new Outcomes(made, updated, unchanged, missing);
    }

    /**
     * As {@code ingest/mark-cooperation-pending.cypher}: marks the institutions taking part in the nodes
     * {@code ids} {@code :CooperationPending}; returns how many it marked.
     */
    static long markCooperationPending(Transaction tx, Collection<String> ids) {
        Set<Node> marked = new HashSet<>();
        for (String id : ids) {
            Node thing = tx.findNode(ENTITY, "id", id);
            if (thing == null) {
                continue;
            }
            try (ResourceIterable<Relationship> taking = thing.getRelationships(Direction.INCOMING, PARTICIPATION)) {
                for (Relationship participation : taking) {
                    Node institution = participation.getStartNode();
                    if (institution.hasLabel(INSTITUTION) && marked.add(institution)) {
                        institution.addLabel(COOPERATION_PENDING);
                    }
                }
            }
        }
        return marked.size();
    }

    /** The edge of this type from one node to the other, walked from the end with fewer such edges. */
    private static Relationship between(Node from, Node to, RelationshipType type) {
        boolean fromSide = from.getDegree(type, Direction.OUTGOING) <= to.getDegree(type, Direction.INCOMING);
        Node start = fromSide ? from : to;
        Node other = fromSide ? to : from;
        try (ResourceIterable<Relationship> edges = start.getRelationships(fromSide ? Direction.OUTGOING : Direction.INCOMING, type)) {
            for (Relationship edge : edges) {
                if (edge.getOtherNode(start).equals(other)) {
                    return edge;
                }
            }
        }
        return null;
    }

    /** Cypher's {@code SET e += properties}: a null removes the property. */
    private static void setAll(Entity entity, Map<String, Object> properties) {
        properties.forEach((key, value) -> {
            if (value == null) {
                entity.removeProperty(key);
            }
            else {
                entity.setProperty(key, stored(value));
            }
        });
    }

    private static void setSortKey(Node node) {
        Object name = node.getProperty("name", null);
        if (name == null) {
            node.removeProperty("sortKey");
        }
        else {
            node.setProperty("sortKey", sortKey((String) name, (String) node.getProperty("id")));
        }
    }

    /** {@link CjkNames#LABEL} on the node exactly while its name or aliases hold such a character, as the Cypher files keep it. */
    private static void labelCjkNames(Node node) {
        if (CjkNames.named(node.getProperty("name", null), node.getProperty("aliases", null))) {
            node.addLabel(CJK_NAMED);
        }
        else {
            node.removeLabel(CJK_NAMED);
        }
    }

    /** {@code toLower(name) + '\u001f' + id}, as the Cypher files write a named node's sort key. */
    static String sortKey(String name, String id) {
        return name.toLowerCase(Locale.ROOT) + '\u001f' + id;
    }

    /** Whether every given property equals the stored one as Cypher's {@code =} compares them (null with null). */
    private static boolean same(Entity entity, Map<String, Object> properties) {
        for (var property : properties.entrySet()) {
            Object old = entity.getProperty(property.getKey(), null);
            if (old == null || property.getValue() == null) {
                if (old != property.getValue()) {
                    return false;
                }
            }
            else if (!Values.of(old).equals(value(property.getValue()))) {
                return false;
            }
        }
        return true;
    }

    private static Value value(Object given) {
        return Values.of(stored(given));
    }

    /** A list as the array Cypher stores it as (the rows' lists are of strings, dates, whole numbers or decimals). */
    static Object stored(Object value) {
        if (!(value instanceof List<?> list)) {
            return value;
        }
        // Loops, not streams: the store-file import asks this of every derived edge's list of shared things.
        if (all(list, String.class)) {
            return list.toArray(String[]::new);
        }
        if (all(list, Long.class)) {
            long[] longs = new long[list.size()];
            for (int i = 0; i < longs.length; i++) {
                longs[i] = (Long) list.get(i);
            }
            return longs;
        }
        if (all(list, LocalDate.class)) {
            return list.toArray(LocalDate[]::new);
        }
        if (all(list, Number.class)) {
            double[] doubles = new double[list.size()];
            for (int i = 0; i < doubles.length; i++) {
                doubles[i] = ((Number) list.get(i)).doubleValue();
            }
            return doubles;
        }
        throw new IngestException("A list of mixed values cannot be stored: " + list);
    }

    private static boolean all(List<?> list, Class<?> type) {
        for (Object item : list) {
            if (!type.isInstance(item)) {
                return false;
            }
        }
        return true;
    }
}
