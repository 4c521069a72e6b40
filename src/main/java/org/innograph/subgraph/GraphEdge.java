package org.innograph.subgraph;

import java.util.Map;

import org.innograph.network.EdgeKind;

/**
 * An edge of a {@link Subgraph}. Its id is {@code source-KIND->target}: stable across databases and
 * unique, since there is at most one edge of a kind from one node to another.
 */
public record GraphEdge(String id, String source, String target, EdgeKind kind, Map<String, Object> properties) {

    public static GraphEdge of(String source, EdgeKind kind, String target, Map<String, Object> properties) {
        return new GraphEdge(source + "-" + kind + "->" + target, source, target, kind, properties);
    }
}
