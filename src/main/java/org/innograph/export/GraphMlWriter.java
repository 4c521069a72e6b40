package org.innograph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.innograph.subgraph.GraphEdge;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphML (graphml.graphdrawing.org), for Gephi, yEd, networkx, igraph and Cytoscape: one {@code <key>} per
 * column, then a directed {@code <graph>} of nodes and edges with one {@code <data>} per value present.
 * GraphML has no list type, so lists are JSON arrays in a string (the key's {@code <desc>} says so).
 * An edge's id is a {@code <data>} value here rather than the edge's {@code id} attribute, which GraphML
 * types as an NMTOKEN and {@code source-KIND->target} is not one.
 */
final class GraphMlWriter implements GraphWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private final Xml xml;
    private final XMLStreamWriter out;
    private final JsonMapper json;
    private Columns columns;

    GraphMlWriter(OutputStream stream, JsonMapper json) {
        this.xml = new Xml(stream);
        this.out = xml.writer();
        this.json = json;
    }

    @Override
    public void begin(Columns columns) throws IOException {
        this.columns = columns;
        xml.run(() -> {
            xml.startRoot("graphml", NS, "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            out.writeCharacters("\n");
            keys("node", "n", columns.node());
            key("edge", "e_id", "id", "string", null);
            keys("edge", "e", columns.edge());
            out.writeStartElement("graph");
            out.writeAttribute("id", "innograph");
            out.writeAttribute("edgedefault", "directed");
            out.writeCharacters("\n");
        });
    }

    private void keys(String domain, String prefix, List<Attribute> attributes) throws XMLStreamException {
        for (int i = 0; i < attributes.size(); i++) {
            Attribute attribute = attributes.get(i);
            String type = switch (attribute.type()) {
                case LONG -> "long";
                case DOUBLE -> "double";
                case BOOLEAN -> "boolean";
                case STRING, LIST -> "string";
            };
            key(domain, prefix + i, attribute.name(), type, attribute.type() == AttributeType.LIST ? "a JSON array" : null);
        }
    }

    private void key(String domain, String id, String name, String type, String description) throws XMLStreamException {
        out.writeStartElement("key");
        out.writeAttribute("id", id);
        out.writeAttribute("for", domain);
        out.writeAttribute("attr.name", name);
        out.writeAttribute("attr.type", type);
        if (description != null) {
            out.writeStartElement("desc");
            out.writeCharacters(description);
            out.writeEndElement();
        }
        out.writeEndElement();
        out.writeCharacters("\n");
    }

    @Override
    public void node(ExportedNode node) throws IOException {
        xml.run(() -> {
            out.writeStartElement("node");
            out.writeAttribute("id", Xml.safe(node.node().id()));
            List<Attribute> attributes = columns.node();
            for (int i = 0; i < attributes.size(); i++) {
                data("n" + i, node.value(attributes.get(i).name()));
            }
            out.writeEndElement();
            out.writeCharacters("\n");
        });
    }

    @Override
    public void edge(GraphEdge edge) throws IOException {
        xml.run(() -> {
            out.writeStartElement("edge");
            out.writeAttribute("source", Xml.safe(edge.source()));
            out.writeAttribute("target", Xml.safe(edge.target()));
            data("e_id", edge.id());
            List<Attribute> attributes = columns.edge();
            for (int i = 0; i < attributes.size(); i++) {
                data("e" + i, GraphWriter.value(edge, attributes.get(i).name()));
            }
            out.writeEndElement();
            out.writeCharacters("\n");
        });
    }

    private void data(String key, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        out.writeStartElement("data");
        out.writeAttribute("key", key);
        out.writeCharacters(Xml.safe(GraphWriter.text(value, json)));
        out.writeEndElement();
    }

    @Override
    public void end() throws IOException {
        xml.run(() -> {
            out.writeEndElement();
            out.writeCharacters("\n");
            out.writeEndElement();
            out.writeCharacters("\n");
            out.writeEndDocument();
        });
        xml.flush();
    }
}
