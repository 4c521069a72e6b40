package org.innograph.network;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.neo4j.driver.Value;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

/**
 * {@code network/list-nodes.cypher} on Neo4j's Core API for a list whose only filter is one field: the
 * kind's nodes in sort-key order from the {@code entity_kind_sort_key} index, after a sort key, those with an
 * {@code IN_FIELD} edge to the field, as the file's plan walks them, without a Cypher row per index entry.
 * At 1m a page of 100 labs of a field took 6.5 ms by the file and 4.0-4.6 ms so; from the field's side (its
 * ~16,800 edges, every start node read) 26-28 ms. {@code NodeListingTest} holds it to the file's pages.
 */
final class FieldListingTraversal {

    private static final Label FIELD = Label.label(Kind.FIELD.label());
    private static final RelationshipType IN_FIELD = RelationshipType.withName(EdgeKind.IN_FIELD.name());

    private final Kind kind;
    private final String field;
    private final String after;
    private final int limit;
    private final List<String> properties;
    private final String[] read;

    /** {@code after} a sort key, "" for the first page. */
    FieldListingTraversal(Kind kind, String field, String after, int limit, List<String> properties) {
        this.kind = kind;
        this.field = field;
        this.after = after;
        this.limit = limit;
        this.properties = properties;
        this.read = properties.toArray(String[]::new);
    }

    /** The page, each item as the file's: its properties, position and element id. */
    @SuppressWarnings("deprecation") // node references, which the Core API reads by their numeric id
    List<Value> walk(Transaction tx) {
        Set<Long> fields = new HashSet<>();
        try (ResourceIterator<Node> found = tx.findNodes(FIELD, "id", field)) {
            found.forEachRemaining(node -> fields.add(node.getId()));
        }
        if (fields.isEmpty()) {
            return List.of();
        }
        return SortKeyIndex.items(tx, kind, after, limit, node -> inField(tx.getNodeById(node), fields), properties, read);
    }

    /** Whether an edge of the node leads into the field: a non-dense node's edges are all read for it, as in the file. */
    @SuppressWarnings("deprecation") // the end's numeric id, compared with the field's
    private static boolean inField(Node node, Set<Long> fields) {
        for (Relationship edge : node.getRelationships(Direction.OUTGOING, IN_FIELD)) {
            if (fields.contains(edge.getEndNodeId())) {
                return true;
            }
        }
        return false;
    }
}
