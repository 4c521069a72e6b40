package org.innograph.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.innograph.database.DriverValues;
import org.neo4j.driver.Values;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * {@code network/outgoing.cypher} and {@code incoming.cypher} on Neo4j's Core API, for the embedded
 * database: for each node of a batch, the nodes its edges of one kind lead to (or come from), at most
 * {@code limit}, by name and then element id, each as the values of the properties asked for, with the
 * edge's properties when asked. It expands only that type's relationships, as the Cypher does, with no
 * union of a branch per edge kind to plan and pass the rows through. It starts from where the request found
 * each node ({@link FoundNodes}), and notes where it found the neighbours it answers, for the next level.
 * {@code ChildListTraversalTest} checks it answers as the Cypher files do.
 */
final class ChildListTraversal {

    private static final Label ENTITY = Label.label("Entity");
    /** Cypher's ascending order of names: text by code point, a missing name last. */
    private static final Comparator<Candidate> BY_NAME = Comparator
            .comparing(Candidate::name, Comparator.nullsLast(CypherText.ORDER))
            // Ties are rare: the element id is made only for them.
            .thenComparing(candidate -> candidate.node().getElementId());

    private final List<String> ids;
    private final Direction direction;
    private final RelationshipType type;
    private final int limit;
    private final List<String> properties;
    /** The properties asked for and the name, read from a node in one pass over its property records. */
    private final String[] read;
    private final boolean withEdge;
    private final FoundNodes foundNodes;

    /** {@code direction}: {@link Direction#OUTGOING} as {@code network/outgoing}, {@link Direction#INCOMING} as incoming. */
    ChildListTraversal(List<String> ids, Direction direction, EdgeKind kind, int limit, List<String> properties,
            boolean withEdge, FoundNodes foundNodes) {
        this.ids = ids;
        this.direction = direction;
        this.type = RelationshipType.withName(kind.name());
        this.limit = limit;
        this.properties = properties;
        this.read = Stream.concat(properties.stream(), Stream.of("name")).distinct().toArray(String[]::new);
        this.withEdge = withEdge;
        this.foundNodes = foundNodes;
    }

    private record Candidate(String name, Node node, Map<String, Object> values, Relationship edge) {
    }

    /** For each id of a node with such neighbours, those in order; other ids are left out. */
    Map<String, List<Neighbour>> walk(Transaction tx) {
        var found = new LinkedHashMap<String, List<Neighbour>>();
        for (String id : ids) {
            Node node = foundNodes.find(tx, id);
            if (node == null) {
                continue;
            }
            var candidates = new ArrayList<Candidate>();
            for (Relationship edge : node.getRelationships(direction, type)) {
                Node other = edge.getOtherNode(node);
                if (other.hasLabel(ENTITY)) {
                    // One pass over the node's properties for the sort and the answer: a getProperty each
                    // would walk them again per name (the nested listing reads 835 projects so).
                    Map<String, Object> values = other.getProperties(read);
                    // A name that is not text (no import writes one) sorts as a missing one.
                    String name = values.get("name") instanceof String text ? text : null;
                    candidates.add(new Candidate(name, other, values, edge));
                }
            }
            if (candidates.isEmpty()) {
                continue; // as the query, which has no row for it
            }
            candidates.sort(BY_NAME);
            var neighbours = new ArrayList<Neighbour>(Math.min(limit, candidates.size()));
            for (Candidate candidate : candidates.subList(0, Math.min(limit, candidates.size()))) {
                if (candidate.values().get("id") instanceof String neighbourId) {
                    foundNodes.found(neighbourId, candidate.node().getElementId());
                }
                neighbours.add(new Neighbour(NodeProperties.valuesOf(properties, candidate.values()),
                        withEdge ? DriverValues.of(candidate.edge().getAllProperties()) : Values.NULL));
            }
            found.put(id, neighbours);
        }
        return found;
    }
}
