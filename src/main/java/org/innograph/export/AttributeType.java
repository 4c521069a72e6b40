package org.innograph.export;

import java.util.List;

/**
 * The type a column of an export declares for a property: what GraphML's {@code attr.type}, GEXF's attribute
 * {@code type} and the JSON value say. Lists (aliases, types, via...) have no type in GraphML or GEXF that
 * every reader takes, so they are written there as JSON arrays in a string.
 */
enum AttributeType {
    STRING, LONG, DOUBLE, BOOLEAN, LIST;

    /** From Neo4j's {@code valueType()}: {@code INTEGER NOT NULL}, {@code LIST<STRING NOT NULL> NOT NULL}... */
    static AttributeType ofNeo4j(String valueType) {
        if (valueType.startsWith("LIST")) {
            return LIST;
        }
        if (valueType.startsWith("INTEGER")) {
            return LONG;
        }
        if (valueType.startsWith("FLOAT")) {
            return DOUBLE;
        }
        if (valueType.startsWith("BOOLEAN")) {
            return BOOLEAN;
        }
        // Strings, and dates and other temporal values, which are exported as their ISO text.
        return STRING;
    }

    /** The type of a value as a drawn subgraph holds it (dates already ISO text). */
    static AttributeType of(Object value) {
        if (value instanceof List<?>) {
            return LIST;
        }
        if (value instanceof Long || value instanceof Integer) {
            return LONG;
        }
        if (value instanceof Double || value instanceof Float) {
            return DOUBLE;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        return STRING;
    }

    /** One type for a property whose values differ in type: numbers widen to double, else text. */
    AttributeType and(AttributeType other) {
        if (this == other) {
            return this;
        }
        if ((this == LONG || this == DOUBLE) && (other == LONG || other == DOUBLE)) {
            return DOUBLE;
        }
        return STRING;
    }
}
