package org.innograph.subgraph;

import java.util.Map;

import org.innograph.network.Kind;

/** A node of a {@link Subgraph}: its id, kind, a label to show, and all its properties. */
public record GraphNode(String id, Kind kind, String label, Map<String, Object> properties) {
}
