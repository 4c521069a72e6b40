package org.innograph.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innograph.subgraph.GraphElements;

/**
 * The columns of an export, declared before its first element as GraphML, GEXF and CSV need them: the fixed
 * ones ({@code kind}, {@code label} and {@code fields} of a node; {@code kind} of an edge) and then every
 * stored property, in name order, except internal bookkeeping ({@link GraphElements#shown}) and the names
 * the formats take for themselves: a node's {@code id}, {@code kind}, {@code label} and {@code fields}, an
 * edge's {@code id}, {@code kind}, {@code from} and {@code to} (no stored property has them). An edge's
 * provenance {@code source} is a property like any other; its ends are the element's own.
 */
record Columns(List<Attribute> node, List<Attribute> edge) {

    static final List<Attribute> NODE_FIXED = List.of(new Attribute("kind", AttributeType.STRING),
            new Attribute("label", AttributeType.STRING), new Attribute("fields", AttributeType.LIST));
    static final List<Attribute> EDGE_FIXED = List.of(new Attribute("kind", AttributeType.STRING));
    private static final Set<String> NODE_OWN = Set.of("id", "kind", "label", "fields");
    private static final Set<String> EDGE_OWN = Set.of("id", "kind", "from", "to");

    /** Columns from the properties found, each with the types its values have. */
    static Columns of(Map<String, AttributeType> nodeProperties, Map<String, AttributeType> edgeProperties) {
        return new Columns(columns(NODE_FIXED, nodeProperties, NODE_OWN), columns(EDGE_FIXED, edgeProperties, EDGE_OWN));
    }

    private static List<Attribute> columns(List<Attribute> fixed, Map<String, AttributeType> properties, Set<String> own) {
        var all = new ArrayList<>(fixed);
        properties.entrySet().stream().filter(p -> GraphElements.shown(p.getKey()) && !own.contains(p.getKey()))
                .sorted(Map.Entry.comparingByKey()).forEach(p -> all.add(new Attribute(p.getKey(), p.getValue())));
        return List.copyOf(all);
    }

    /** Adds a property's type to those found so far, widening where values differ. */
    static void found(Map<String, AttributeType> properties, String key, AttributeType type) {
        properties.merge(key, type, AttributeType::and);
    }

    static Map<String, AttributeType> found() {
        return new LinkedHashMap<>();
    }
}
