package org.innograph.paths;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;

/**
 * The edges among a set of nodes, each read from its cheaper end. Reading every node's outgoing edges, as
 * {@code paths/neighbourhood.cypher} does, reads all 54,329 participations of the 1m network's largest hub to
 * find the few that end among 200 nodes. So a node's outgoing edges are read only up to a budget; the edges
 * of a node past it are found from their other ends' incoming edges, and between two nodes both past it, from
 * whichever side has fewer edges (a node with that many is dense, and knows its degree without a walk). Each
 * edge is found once, so the answer is the same set whichever way it was read.
 */
final class EdgesAmong {

    /** Edges read from one end before it counts as a hub, whose edges are better found from the other ends. */
    static final int BUDGET = 256;

    private final RelationshipType[] types;
    private final Predicate<Relationship> passes;
    private final int budget;

    /** {@code types}: the edge kinds to follow, every kind when empty; {@code passes}: the other edge filters. */
    EdgesAmong(RelationshipType[] types, Predicate<Relationship> passes, int budget) {
        this.types = types;
        this.passes = passes;
        this.budget = budget;
    }

    /** The edges that pass the filters and both start and end among {@code nodes}, in no particular order. */
    List<Relationship> among(Set<Node> nodes) {
        List<Relationship> found = new ArrayList<>();
        Set<Node> hubsOut = readEach(nodes, Direction.OUTGOING, nodes::contains, found);
        if (hubsOut.isEmpty()) {
            return found;
        }
        Set<Node> hubsIn = readEach(nodes, Direction.INCOMING, hubsOut::contains, found);
        if (hubsIn.isEmpty()) {
            return found;
        }
        // From a hub to a hub: read whole, from the side with fewer edges.
        if (degrees(hubsOut, Direction.OUTGOING) <= degrees(hubsIn, Direction.INCOMING)) {
            hubsOut.forEach(node -> read(node, Direction.OUTGOING, hubsIn::contains, Long.MAX_VALUE, found));
        }
        else {
            hubsIn.forEach(node -> read(node, Direction.INCOMING, hubsOut::contains, Long.MAX_VALUE, found));
        }
        return found;
    }

    /**
     * Adds each node's edges that way whose other end is wanted, within the budget; answers the nodes past it,
     * whose edges were not added.
     */
    private Set<Node> readEach(Set<Node> nodes, Direction direction, Predicate<Node> wanted, List<Relationship> found) {
        Set<Node> past = new HashSet<>();
        for (Node node : nodes) {
            if (!read(node, direction, wanted, budget, found)) {
                past.add(node);
            }
        }
        return past;
    }

    /**
     * Adds the node's edges that way whose other end is wanted, if it has at most {@code most} of them;
     * otherwise adds none and answers false.
     */
    private boolean read(Node node, Direction direction, Predicate<Node> wanted, long most, List<Relationship> found) {
        List<Relationship> edges = new ArrayList<>();
        long read = 0;
        try (ResourceIterable<Relationship> all = relationships(node, direction)) {
            for (Relationship edge : all) {
                if (++read > most) {
                    return false;
                }
                if (wanted.test(edge.getOtherNode(node)) && passes.test(edge)) {
                    edges.add(edge);
                }
            }
        }
        found.addAll(edges);
        return true;
    }

    private long degrees(Collection<Node> nodes, Direction direction) {
        long sum = 0;
        for (Node node : nodes) {
            if (types.length == 0) {
                sum += node.getDegree(direction);
            }
            else {
                for (RelationshipType type : types) {
                    sum += node.getDegree(type, direction);
                }
            }
        }
        return sum;
    }

    /** The node's edges of the kinds followed, that way. */
    ResourceIterable<Relationship> relationships(Node node, Direction direction) {
        return types.length == 0 ? node.getRelationships(direction) : node.getRelationships(direction, types);
    }
}
