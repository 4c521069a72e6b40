package org.innograph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.innograph.subgraph.GraphEdge;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cytoscape.js JSON ({@code .cyjs}, which Cytoscape desktop imports too): {@code {"elements": {"nodes":
 * [{"data": {...}}], "edges": [...]}}}. Each element's data has the shape the API draws with
 * ({@code GraphNode}/{@code GraphEdge}): {@code id}, {@code kind}, a node's {@code label} (and here its
 * {@code fields}), an edge's {@code source} and {@code target}, and the stored properties under
 * {@code properties}, where an edge's provenance {@code source} cannot clash with its source end. Selectors
 * such as {@code node[kind = "COUNTRY"]} style it. Written by a streaming generator, element by element.
 */
final class CytoscapeWriter implements GraphWriter {

    private final JsonGenerator out;
    private Columns columns;
    private boolean inEdges;

    CytoscapeWriter(OutputStream stream, JsonMapper json) {
        this.out = json.createGenerator(stream);
    }

    @Override
    public void begin(Columns columns) {
        this.columns = columns;
        out.writeStartObject();
        out.writeStringProperty("format_version", "1.0");
        out.writeStringProperty("generated_by", "Innograph");
        out.writeStringProperty("target_cytoscapejs_version", "~3");
        out.writeName("data");
        out.writeStartObject();
        out.writeStringProperty("name", "innograph");
        out.writeEndObject();
        out.writeName("elements");
        out.writeStartObject();
        out.writeName("nodes");
        out.writeStartArray();
    }

    @Override
    public void node(ExportedNode node) {
        out.writeStartObject();
        out.writeName("data");
        out.writeStartObject();
        out.writeStringProperty("id", node.node().id());
        for (Attribute attribute : Columns.NODE_FIXED) {
            write(attribute.name(), node.value(attribute.name()));
        }
        out.writeName("properties");
        out.writeStartObject();
        for (Attribute attribute : columns.node().subList(Columns.NODE_FIXED.size(), columns.node().size())) {
            write(attribute.name(), node.value(attribute.name()));
        }
        out.writeEndObject();
        out.writeEndObject();
        out.writeEndObject();
    }

    @Override
    public void edge(GraphEdge edge) {
        if (!inEdges) {
            out.writeEndArray();
            out.writeName("edges");
            out.writeStartArray();
            inEdges = true;
        }
        out.writeStartObject();
        out.writeName("data");
        out.writeStartObject();
        out.writeStringProperty("id", edge.id());
        out.writeStringProperty("source", edge.source());
        out.writeStringProperty("target", edge.target());
        out.writeStringProperty("kind", edge.kind().name());
        out.writeName("properties");
        out.writeStartObject();
        for (Attribute attribute : columns.edge().subList(Columns.EDGE_FIXED.size(), columns.edge().size())) {
            write(attribute.name(), GraphWriter.value(edge, attribute.name()));
        }
        out.writeEndObject();
        out.writeEndObject();
        out.writeEndObject();
    }

    private void write(String name, Object value) {
        if (value == null) {
            return;
        }
        out.writeName(name);
        writeValue(value);
    }

    private void writeValue(Object value) {
        if (value == null) {
            out.writeNull();
        }
        else if (value instanceof String text) {
            out.writeString(text);
        }
        else if (value instanceof Boolean bool) {
            out.writeBoolean(bool);
        }
        else if (value instanceof Long || value instanceof Integer) {
            out.writeNumber(((Number) value).longValue());
        }
        else if (value instanceof Double || value instanceof Float) {
            out.writeNumber(((Number) value).doubleValue());
        }
        else if (value instanceof List<?> list) {
            out.writeStartArray();
            list.forEach(this::writeValue);
            out.writeEndArray();
        }
        else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            map.forEach((key, item) -> {
                out.writeName(String.valueOf(key));
                writeValue(item);
            });
            out.writeEndObject();
        }
        else {
            out.writeString(String.valueOf(value));
        }
    }

    @Override
    public void end() throws IOException {
        out.writeEndArray();
        if (!inEdges) {
            out.writeName("edges");
            out.writeStartArray();
            out.writeEndArray();
        }
        out.writeEndObject();
        out.writeEndObject();
        out.flush();
    }
}
