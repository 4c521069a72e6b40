package org.innograph.database;

import java.lang.reflect.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.types.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;

/**
 * Values of the embedded database as the driver's {@link Value}s, so every query's mapping reads the same
 * rows whichever execution ran it. This copies what the mapping will read from objects already in memory;
 * over Bolt the same values are serialised, sent and decoded. Must run inside the transaction the values
 * came from, since nodes and relationships read their properties lazily. A Core API traversal uses it too,
 * so that what it draws is mapped exactly as a query's rows are.
 */
public final class DriverValues {

    private DriverValues() {
    }

    @SuppressWarnings("deprecation") // the driver's node still carries the numeric id beside the element id
    public static Value of(Object value) {
        if (value == null) {
            return Values.NULL;
        }
        // The common scalars first, by their exact class: cheaper than the interface checks below and than
        // Values.value(Object)'s own chain of them, which most values would otherwise go through.
        Class<?> type = value.getClass();
        if (type == String.class) {
            return Values.value((String) value);
        }
        if (type == Long.class) {
            return Values.value((long) (Long) value);
        }
        if (type == Boolean.class) {
            return Values.value((boolean) (Boolean) value);
        }
        if (type == Double.class) {
            return Values.value((double) (Double) value);
        }
        if (type == LocalDate.class) {
            return Values.value((LocalDate) value);
        }
        if (value instanceof Node node) {
            List<String> labels = new ArrayList<>();
            for (Label label : node.getLabels()) {
                labels.add(label.name());
            }
            return new InternalNode(node.getId(), node.getElementId(), labels, properties(node.getAllProperties())).asValue();
        }
        if (value instanceof Relationship relationship) {
            return relationship(relationship).asValue();
        }
        if (value instanceof Path path) {
            List<Entity> entities = new ArrayList<>();
            path.forEach(entity -> entities.add(entity instanceof Node node ? of(node).asNode()
                    : relationship((Relationship) entity)));
            return new InternalPath(entities).asValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Value> converted = new LinkedHashMap<>(map.size() * 2);
            map.forEach((key, item) -> converted.put((String) key, of(item)));
            return Values.value(converted);
        }
        if (value instanceof List<?> list) {
            Value[] converted = new Value[list.size()];
            for (int i = 0; i < converted.length; i++) {
                converted[i] = of(list.get(i));
            }
            return Values.value(converted);
        }
        if (value.getClass().isArray() && !(value instanceof byte[])) {
            Value[] converted = new Value[Array.getLength(value)];
            for (int i = 0; i < converted.length; i++) {
                converted[i] = of(Array.get(value, i));
            }
            return Values.value(converted);
        }
        return Values.value(value);
    }

    @SuppressWarnings("deprecation")
    private static InternalRelationship relationship(Relationship relationship) {
        return new InternalRelationship(relationship.getId(), relationship.getElementId(),
                relationship.getStartNodeId(), relationship.getStartNode().getElementId(),
                relationship.getEndNodeId(), relationship.getEndNode().getElementId(),
                relationship.getType().name(), properties(relationship.getAllProperties()));
    }

    private static Map<String, Value> properties(Map<String, Object> properties) {
        Map<String, Value> converted = new LinkedHashMap<>(properties.size() * 2);
        properties.forEach((key, item) -> converted.put(key, of(item)));
        return converted;
    }
}
