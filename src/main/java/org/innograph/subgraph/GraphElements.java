package org.innograph.subgraph;

import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/** Turns Neo4j values into {@link GraphNode}s and {@link GraphEdge}s, with JSON-friendly properties. */
public final class GraphElements {

    /**
     * Internal bookkeeping that is not the element's business to show: a node's sort key, and the id of the
     * derivation that last wrote a COOPERATES_WITH edge (which differs between two loads of the same data).
     */
    private static final Set<String> HIDDEN = Set.of("sortKey");

    private GraphElements() {
    }

    public static GraphNode node(Value value) {
        Node node = value.asNode();
        return new GraphNode(node.get("id").asString(), Kind.valueOf(node.get("kind").asString()),
                node.get("name").asString(""), properties(node.asMap()));
    }

    /** An edge from a map {source, target, kind, properties}, as the Cypher files return them. */
    public static GraphEdge edge(Value value) {
        return GraphEdge.of(value.get("source").asString(), EdgeKind.valueOf(value.get("kind").asString()),
                value.get("target").asString(), properties(value.get("properties").asMap()));
    }

    /** Whether a stored property is the element's own business to show, as opposed to internal bookkeeping. */
    public static boolean shown(String key) {
        return !HIDDEN.contains(key);
    }

    /** Dates and times as ISO strings, everything else as the driver gives it. */
    public static Map<String, Object> properties(Map<String, Object> raw) {
        var properties = new LinkedHashMap<String, Object>();
        raw.forEach((key, value) -> {
            if (!HIDDEN.contains(key)) {
                properties.put(key, value instanceof TemporalAccessor ? value.toString() : value);
            }
        });
        return properties;
    }
}
