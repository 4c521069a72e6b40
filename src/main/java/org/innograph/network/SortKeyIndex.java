package org.innograph.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

import org.innograph.database.DriverValues;
import org.neo4j.driver.Value;
import org.neo4j.exceptions.KernelException;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.IndexQueryConstraints;
import org.neo4j.internal.kernel.api.IndexReadSession;
import org.neo4j.internal.kernel.api.NodeValueIndexCursor;
import org.neo4j.internal.kernel.api.PropertyIndexQuery;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.internal.schema.IndexOrder;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;

/**
 * The walks' way through a kind's nodes in list order: the {@code entity_kind_sort_key} index sought for the
 * kind and the sort keys after a position, in order, as {@code network/list-nodes.cypher}'s plan seeks it, so
 * a page stops as soon as it is full.
 */
final class SortKeyIndex {

    private static final String NAME = "entity_kind_sort_key";

    private SortKeyIndex() {
    }

    /** The first {@code limit} nodes of the kind after {@code after} (a sort key, "" for none) that {@code wanted} takes. */
    @SuppressWarnings("deprecation") // the index gives node references, which the Core API reads by their numeric id
    private static List<Node> page(Transaction tx, Kind kind, String after, int limit, LongPredicate wanted) {
        KernelTransaction kernel = ((InternalTransaction) tx).kernelTransaction();
        TokenRead tokens = kernel.tokenRead();
        var nodes = new ArrayList<Node>(limit);
        try (NodeValueIndexCursor entries = kernel.cursors().allocateNodeValueIndexCursor(kernel.cursorContext(), kernel.memoryTracker())) {
            IndexReadSession index = kernel.dataRead().indexReadSession(kernel.schemaRead().indexGetForName(NAME));
            kernel.dataRead().nodeIndexSeek(kernel.queryContext(), index, entries, IndexQueryConstraints.ordered(IndexOrder.ASCENDING),
                    PropertyIndexQuery.exact(tokens.propertyKey("kind"), kind.name()),
                    PropertyIndexQuery.range(tokens.propertyKey("sortKey"), after, false, null, false));
            while (nodes.size() < limit && entries.next()) {
                if (wanted.test(entries.nodeReference())) {
                    nodes.add(tx.getNodeById(entries.nodeReference()));
                }
            }
        }
        catch (KernelException e) {
            throw new IllegalStateException("Cannot walk the index " + NAME + ": " + e.getMessage(), e);
        }
        return nodes;
    }

    /** The page of {@link #page}, each node as the list files return it ({@link #item}). */
    static List<Value> items(Transaction tx, Kind kind, String after, int limit, LongPredicate wanted, List<String> properties,
            String[] read) {
        return page(tx, kind, after, limit, wanted).stream()
                .map(node -> item(node, (String) node.getProperty("sortKey"), properties, read)).toList();
    }

    /** A page item as the list files return it: {@code properties} (in the order asked), {@code position}, {@code elementId}. */
    static Value item(Node node, String sortKey, List<String> properties, String[] read) {
        Map<String, Object> values = node.getProperties(read);
        var item = new HashMap<String, Object>();
        item.put("properties", NodeProperties.valuesOf(properties, values));
        item.put("position", sortKey);
        item.put("elementId", node.getElementId());
        return DriverValues.of(item);
    }
}
