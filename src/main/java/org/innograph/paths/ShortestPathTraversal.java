package org.innograph.paths;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.innograph.network.EdgeKind;
import org.innograph.subgraph.GraphEdge;
import org.innograph.subgraph.Subgraph;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * {@code paths/shortest-unfiltered.cypher} as a bidirectional breadth-first search on Neo4j's Core API, for
 * the embedded database: one shortest path from one node to another along edges of the kinds asked for,
 * direction ignored, of at most {@code maxHops} edges. Each step widens the side whose next level reads fewer
 * edges, so a hub is expanded last, and a pair with no path ends when one side runs out of nodes. At 1m
 * Cypher's {@code SHORTEST 1}, the file's form then, could not answer some pairs within the request's 10 s
 * (README, "PROFILE notes for the hot queries"). {@code ShortestUnfilteredTest} checks that it finds paths as
 * short as the Cypher files', or none alike.
 */
final class ShortestPathTraversal {

    private static final Label ENTITY = Label.label("Entity");

    private final String fromId;
    private final String toId;
    private final RelationshipType[] types;
    private final int maxHops;

    ShortestPathTraversal(String fromId, String toId, Collection<EdgeKind> edgeKinds, int maxHops) {
        this.fromId = fromId;
        this.toId = toId;
        this.types = edgeKinds.stream().map(kind -> RelationshipType.withName(kind.name())).toArray(RelationshipType[]::new);
        this.maxHops = maxHops;
    }

    /**
     * One side of the search: where it started, how each node it reached was reached (null for its start), its
     * last level, and how many edges of the kinds asked for that level has (what widening it would read).
     */
    private final class Side {
        final Node start;
        final Map<Node, Relationship> reachedBy = new HashMap<>();
        List<Node> frontier;
        long frontierEdges;

        Side(Node start) {
            this.start = start;
            reachedBy.put(start, null);
            moveTo(List.of(start));
        }

        void moveTo(List<Node> level) {
            frontier = level;
            frontierEdges = 0;
            for (Node node : level) {
                for (RelationshipType type : types) {
                    frontierEdges += node.getDegree(type, Direction.BOTH);
                }
            }
        }

        /** The edges from {@code node} back to this side's start, in that order. */
        List<Relationship> backFrom(Node node) {
            List<Relationship> edges = new ArrayList<>();
            for (Relationship edge = reachedBy.get(node); edge != null; edge = reachedBy.get(node)) {
                edges.add(edge);
                node = edge.getOtherNode(node);
            }
            return edges;
        }
    }

    /** The path, or empty when an end is not in the database or no path has at most {@code maxHops} edges. */
    Optional<Path> find(Transaction tx) {
        Node from = tx.findNode(ENTITY, "id", fromId);
        Node to = tx.findNode(ENTITY, "id", toId);
        if (from == null || to == null) {
            return Optional.empty();
        }
        var fromSide = new Side(from);
        var toSide = new Side(to);
        // Before each step no node is reached by both sides, so no path is as short as the levels taken so
        // far: the first node a step finds reached by the other side ends a shortest path.
        for (int hops = 0; hops < maxHops && !fromSide.frontier.isEmpty() && !toSide.frontier.isEmpty(); hops++) {
            boolean fromTheStart = fromSide.frontierEdges <= toSide.frontierEdges;
            Side widened = fromTheStart ? fromSide : toSide;
            Side other = fromTheStart ? toSide : fromSide;
            Node meeting = widen(widened, other);
            if (meeting != null) {
                return Optional.of(path(meeting, fromSide, toSide));
            }
        }
        return Optional.empty();
    }

    /** Reaches the next level of {@code side}; the first node found that {@code other} reached, or null. */
    private Node widen(Side side, Side other) {
        List<Node> next = new ArrayList<>();
        for (Node node : side.frontier) {
            for (Relationship edge : node.getRelationships(Direction.BOTH, types)) {
                Node reached = edge.getOtherNode(node);
                if (side.reachedBy.containsKey(reached)) {
                    continue;
                }
                side.reachedBy.put(reached, edge);
                if (other.reachedBy.containsKey(reached)) {
                    return reached;
                }
                next.add(reached);
            }
        }
        side.moveTo(next);
        return null;
    }

    /** From the start to {@code meeting} as the start's side reached it, then on to the end as the end's side did. */
    private static Path path(Node meeting, Side fromSide, Side toSide) {
        List<Relationship> edges = new ArrayList<>(fromSide.backFrom(meeting));
        Collections.reverse(edges);
        edges.addAll(toSide.backFrom(meeting));
        List<Node> nodes = new ArrayList<>(List.of(fromSide.start));
        edges.forEach(edge -> nodes.add(edge.getOtherNode(nodes.get(nodes.size() - 1))));
        Map<Node, String> ids = new HashMap<>();
        nodes.forEach(node -> ids.put(node, (String) node.getProperty("id")));
        List<GraphEdge> graphEdges = edges.stream().map(edge -> GraphEdge.of(ids.get(edge.getStartNode()),
                EdgeKind.valueOf(edge.getType().name()), ids.get(edge.getEndNode()), CoreApiElements.properties(edge))).toList();
        return new Path(new Subgraph(nodes.stream().map(CoreApiElements::node).toList(), graphEdges, false));
    }
}
