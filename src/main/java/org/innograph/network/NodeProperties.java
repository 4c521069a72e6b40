package org.innograph.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innograph.database.DriverValues;
import org.innograph.graphql.CurrentSelection;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/**
 * The node properties a query returns: those that a field the GraphQL operation selects can show, or every
 * property of a node record outside a request. A query takes them as {@code $properties} and returns their
 * values in that order ({@code [k IN $properties | n[k]]}), so a page of labs listed by id and name reads
 * and sends two properties of each, not all of them; {@link #read} makes the node's record again.
 *
 * @param names the property names, {@code id} and {@code kind} always among them
 */
public record NodeProperties(List<String> names) {

    private static final NodeProperties ALL = new NodeProperties(NodeMapper.PROPERTIES);
    private static final Set<String> ALWAYS = Set.of("id", "kind");
    private static final Set<String> PROVENANCE = Set.of("source", "asOf", "synthetic");

    /** Those that the current operation's fields can show; all of them outside a GraphQL request. */
    public static NodeProperties ofCurrentRequest() {
        Set<String> fields = CurrentSelection.fields();
        return fields == null ? ALL : selectedBy(fields);
    }

    static NodeProperties selectedBy(Set<String> fields) {
        return new NodeProperties(NodeMapper.PROPERTIES.stream()
                .filter(name -> ALWAYS.contains(name) || fields.contains(name)
                        || (PROVENANCE.contains(name) && fields.contains("provenance")))
                .toList());
    }

    /**
     * What {@code [k IN $properties | n[k]]} returns, from a node's properties read on the Core API
     * ({@code Node.getProperties}, one pass over them): their values in the order of {@code names}, null
     * where the node has none.
     */
    public static Value valuesOf(List<String> names, Map<String, Object> read) {
        var values = new ArrayList<Object>(names.size());
        for (String name : names) {
            values.add(read.get(name));
        }
        return DriverValues.of(values);
    }

    /** The record of a node from the values a query returned for these names, in their order. */
    public NetworkNode read(Value values) {
        var byName = new HashMap<String, Value>();
        for (int i = 0; i < names.size(); i++) {
            byName.put(names.get(i), values.get(i));
        }
        return NodeMapper.toNetworkNode(name -> byName.getOrDefault(name, Values.NULL));
    }
}
