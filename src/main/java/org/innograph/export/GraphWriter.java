package org.innograph.export;

import java.io.IOException;
import java.util.List;

import org.innograph.subgraph.GraphEdge;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one export as it is read: the columns first, then every node, then every edge, then the end. A
 * writer holds one element at a time, never the graph, so the whole graph streams through it.
 */
interface GraphWriter {

    void begin(Columns columns) throws IOException;

    void node(ExportedNode node) throws IOException;

    /** Called after the last node. */
    void edge(GraphEdge edge) throws IOException;

    /** Ends the document and flushes it; the stream stays open for its owner to close. */
    void end() throws IOException;

    /** The value of a column of {@link Columns#edge()}: its kind, or a property. */
    static Object value(GraphEdge edge, String column) {
        return column.equals("kind") ? edge.kind().name() : edge.properties().get(column);
    }

    /** A value as text in a file: lists as JSON arrays, numbers and booleans as Java writes them. */
    static String text(Object value, JsonMapper json) {
        if (value instanceof List<?> list) {
            return json.writeValueAsString(list);
        }
        return String.valueOf(value);
    }
}
