package org.innograph.paths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.innograph.graphql.NotFoundException;
import org.innograph.network.CypherText;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.innograph.network.Spans;
import org.innograph.subgraph.GraphEdge;
import org.innograph.subgraph.Subgraph;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * {@code paths/neighbourhood.cypher} as a breadth-first walk on Neo4j's Core API, for the embedded
 * database: same levels, filters, cap, order and {@code truncated}, with the typed expansion Cypher 5.26
 * does not plan for a list of types, and no intermediate rows to sort. {@code NeighbourhoodTraversalTest}
 * checks it answers exactly as the Cypher file does.
 */
final class NeighbourhoodTraversal {

    private static final Label ENTITY = Label.label("Entity");
    private static final Label FIELD = Label.label("Field");
    private static final RelationshipType IN_FIELD = RelationshipType.withName(EdgeKind.IN_FIELD.name());

    private final String centreId;
    private final int depth;
    private final int limit;
    private final int maxEdges;
    private final Neighbourhood.Filters filters;
    /** The edges of the kinds asked for, and how those among the kept nodes are found. */
    private final EdgesAmong edges;

    /** {@code edgeBudget}: edges read from a node's side before it counts as a hub ({@link EdgesAmong}). */
    NeighbourhoodTraversal(String centreId, int depth, int limit, int maxEdges, Neighbourhood.Filters filters, int edgeBudget) {
        this.centreId = centreId;
        this.depth = depth;
        this.limit = limit;
        this.maxEdges = maxEdges;
        this.filters = filters;
        RelationshipType[] types = filters.edgeKinds() == null ? new RelationshipType[0]
                : filters.edgeKinds().stream().map(kind -> RelationshipType.withName(kind.name())).toArray(RelationshipType[]::new);
        this.edges = new EdgesAmong(types, this::existsAsOf, edgeBudget);
    }

    /** The neighbourhood; edges beyond {@code maxEdges} are left out. */
    Subgraph walk(Transaction tx) {
        Node centre = tx.findNode(ENTITY, "id", centreId);
        if (centre == null) {
            throw new NotFoundException(centreId);
        }
        // Nodes are known by their record (Node's equality) before their id is read: a node met again, or the
        // end of an edge among a hub's thousands, costs a hash lookup, not a walk of its properties.
        Map<Node, String> kept = new LinkedHashMap<>();
        kept.put(centre, centreId);
        Set<Node> rejected = new HashSet<>();
        List<Node> frontier = List.of(centre);
        boolean truncated = false;
        for (int level = 1; level <= depth && !frontier.isEmpty() && !truncated; level++) {
            int room = limit - kept.size();
            // The room + 1 smallest ids of the next level: one more than fits tells that the cap cuts.
            TreeMap<String, Node> next = new TreeMap<>(CypherText.ORDER);
            Set<Node> inNext = new HashSet<>();
            for (Node node : frontier) {
                for (Relationship edge : edges.relationships(node, Direction.BOTH)) {
                    Node other = edge.getOtherNode(node);
                    if (kept.containsKey(other) || inNext.contains(other) || rejected.contains(other) || !existsAsOf(edge)) {
                        continue;
                    }
                    String id = (String) other.getProperty("id", null);
                    boolean full = next.size() > room;
                    // Past the room + 1 smallest ids found so far it could not be kept, passing or not: most
                    // of a hub's tens of thousands of neighbours are not read further than their id.
                    if (id != null && full && CypherText.ORDER.compare(id, next.lastKey()) >= 0) {
                        continue;
                    }
                    if (id == null || !other.hasLabel(ENTITY) || !passes(other)) {
                        rejected.add(other);
                        continue;
                    }
                    if (full) {
                        inNext.remove(next.pollLastEntry().getValue());
                    }
                    next.put(id, other);
                    inNext.add(other);
                }
            }
            truncated = next.size() > room;
            List<Node> reached = new ArrayList<>();
            next.entrySet().stream().limit(Math.max(0, room)).forEach(entry -> {
                kept.put(entry.getValue(), entry.getKey());
                reached.add(entry.getValue());
            });
            frontier = reached;
        }
        return new Subgraph(kept.keySet().stream().map(CoreApiElements::node).toList(), edgesAmong(kept), truncated);
    }

    /** The edges between kept nodes that pass the edge filters, by source id, kind, target id. */
    private List<GraphEdge> edgesAmong(Map<Node, String> kept) {
        record Found(String source, String kind, String target, Relationship edge) {
        }
        return edges.among(kept.keySet()).stream()
                .map(edge -> new Found(kept.get(edge.getStartNode()), edge.getType().name(), kept.get(edge.getEndNode()), edge))
                .sorted(Comparator.comparing(Found::source, CypherText.ORDER).thenComparing(Found::kind)
                        .thenComparing(Found::target, CypherText.ORDER))
                .limit(maxEdges)
                .map(f -> GraphEdge.of(f.source(), EdgeKind.valueOf(f.kind()), f.target(), CoreApiElements.properties(f.edge())))
                .toList();
    }

    /** A node passes the kind, date and field filters; in a field filter, a node with no field at all passes. */
    private boolean passes(Node node) {
        String kind = (String) node.getProperty("kind", null);
        if (filters.nodeKinds() != null && (kind == null || filters.nodeKinds().stream().noneMatch(k -> k.name().equals(kind)))) {
            return false;
        }
        if (!existsAsOf(node)) {
            return false;
        }
        if (filters.fields() == null) {
            return true;
        }
        if (Kind.FIELD.name().equals(kind)) {
            return filters.fields().contains((String) node.getProperty("id", null));
        }
        boolean anyField = false;
        for (Relationship inField : node.getRelationships(Direction.OUTGOING, IN_FIELD)) {
            anyField = true;
            Node field = inField.getEndNode();
            if (field.hasLabel(FIELD) && filters.fields().contains((String) field.getProperty("id", null))) {
                return true;
            }
        }
        return !anyField;
    }

    private boolean existsAsOf(Entity entity) {
        LocalDate asOf = filters.asOf();
        if (asOf == null) {
            return true;
        }
        // A derived cooperation edge stands at asOf when one of its shared things' spans holds it.
        if (entity.getProperty("sharedSince", null) instanceof LocalDate[] sharedSince
                && entity.getProperty("sharedUntil", null) instanceof LocalDate[] sharedUntil) {
            for (int i = 0; i < sharedSince.length; i++) {
                if (!sharedSince[i].isAfter(asOf) && !sharedUntil[i].isBefore(asOf)) {
                    return true;
                }
            }
            return false;
        }
        return Spans.standsAt(entity, asOf);
    }
}
