package org.innograph.export;

import java.util.List;

import org.innograph.subgraph.GraphNode;

/** A node as exported: the drawn node, and the ids of the fields it is in. */
record ExportedNode(GraphNode node, List<String> fields) {

    /** The value of a column of {@link Columns#node()}: a fixed one, or a property. */
    Object value(String column) {
        return switch (column) {
            case "kind" -> node.kind().name();
            case "label" -> node.label();
            case "fields" -> fields;
            default -> node.properties().get(column);
        };
    }
}
