package org.innograph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.innograph.subgraph.GraphEdge;
import tools.jackson.databind.json.JsonMapper;

/**
 * GEXF 1.3 (gexf.net), Gephi's own format. Every column is a static attribute; an edge's {@code kind} is
 * also its GEXF {@code kind} and its label, its {@code weight} (the derived COOPERATES_WITH's count of shared
 * things) its GEXF weight. The graph is dynamic with dates as its time format: an element's {@code since}
 * and {@code until} become its {@code start} and {@code end}, so Gephi's timeline shows the network as it
 * stood at any date (no {@code start} is open from the beginning, no {@code end} still open). Lists are
 * JSON arrays in a string, as in GraphML.
 */
final class GexfWriter implements GraphWriter {

    static final String NS = "http://gexf.net/1.3";

    private final Xml xml;
    private final XMLStreamWriter out;
    private final JsonMapper json;
    private final LocalDate today;
    private Columns columns;
    private boolean inEdges;

    GexfWriter(OutputStream stream, JsonMapper json, LocalDate today) {
        this.xml = new Xml(stream);
        this.out = xml.writer();
        this.json = json;
        this.today = today;
    }

    @Override
    public void begin(Columns columns) throws IOException {
        this.columns = columns;
        xml.run(() -> {
            xml.startRoot("gexf", NS, "http://gexf.net/1.3/gexf.xsd");
            out.writeAttribute("version", "1.3");
            out.writeCharacters("\n");
            out.writeStartElement("meta");
            out.writeAttribute("lastmodifieddate", today.toString());
            out.writeStartElement("creator");
            out.writeCharacters("Innograph");
            out.writeEndElement();
            out.writeStartElement("description");
            out.writeCharacters("The S&T innovation network; start and end are the since and until of each node and edge");
            out.writeEndElement();
            out.writeEndElement();
            out.writeCharacters("\n");
            out.writeStartElement("graph");
            out.writeAttribute("defaultedgetype", "directed");
            out.writeAttribute("mode", "dynamic");
            out.writeAttribute("timeformat", "date");
            out.writeCharacters("\n");
            attributes("node", columns.node());
            attributes("edge", columns.edge());
            out.writeStartElement("nodes");
            out.writeCharacters("\n");
        });
    }

    private void attributes(String of, List<Attribute> attributes) throws XMLStreamException {
        out.writeStartElement("attributes");
        out.writeAttribute("class", of);
        out.writeAttribute("mode", "static");
        out.writeCharacters("\n");
        for (int i = 0; i < attributes.size(); i++) {
            Attribute attribute = attributes.get(i);
            out.writeEmptyElement("attribute");
            out.writeAttribute("id", String.valueOf(i));
            out.writeAttribute("title", attribute.name());
            out.writeAttribute("type", switch (attribute.type()) {
                case LONG -> "long";
                case DOUBLE -> "double";
                case BOOLEAN -> "boolean";
                case STRING, LIST -> "string";
            });
            out.writeCharacters("\n");
        }
        out.writeEndElement();
        out.writeCharacters("\n");
    }

    @Override
    public void node(ExportedNode node) throws IOException {
        xml.run(() -> {
            out.writeStartElement("node");
            out.writeAttribute("id", Xml.safe(node.node().id()));
            out.writeAttribute("label", Xml.safe(node.node().label()));
            span(node.node().properties());
            List<Attribute> attributes = columns.node();
            values(attributes.size(), i -> node.value(attributes.get(i).name()));
            out.writeEndElement();
            out.writeCharacters("\n");
        });
    }

    @Override
    public void edge(GraphEdge edge) throws IOException {
        xml.run(() -> {
            if (!inEdges) {
                out.writeEndElement();
                out.writeCharacters("\n");
                out.writeStartElement("edges");
                out.writeCharacters("\n");
                inEdges = true;
            }
            out.writeStartElement("edge");
            out.writeAttribute("id", Xml.safe(edge.id()));
            out.writeAttribute("source", Xml.safe(edge.source()));
            out.writeAttribute("target", Xml.safe(edge.target()));
            out.writeAttribute("kind", edge.kind().name());
            out.writeAttribute("label", edge.kind().name());
            if (edge.properties().get("weight") instanceof Number weight) {
                out.writeAttribute("weight", String.valueOf(weight.doubleValue()));
            }
            span(edge.properties());
            List<Attribute> attributes = columns.edge();
            values(attributes.size(), i -> GraphWriter.value(edge, attributes.get(i).name()));
            out.writeEndElement();
            out.writeCharacters("\n");
        });
    }

    /** start and end from since and until, where they are dates. */
    private void span(Map<String, Object> properties) throws XMLStreamException {
        String start = date(properties.get("since"));
        String end = date(properties.get("until"));
        if (start != null) {
            out.writeAttribute("start", start);
        }
        if (end != null) {
            out.writeAttribute("end", end);
        }
    }

    private static String date(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString()).toString();
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }

    private interface ValueAt {
        Object get(int index);
    }

    private void values(int count, ValueAt valueAt) throws XMLStreamException {
        boolean open = false;
        for (int i = 0; i < count; i++) {
            Object value = valueAt.get(i);
            if (value == null) {
                continue;
            }
            if (!open) {
                out.writeStartElement("attvalues");
                open = true;
            }
            out.writeEmptyElement("attvalue");
            out.writeAttribute("for", String.valueOf(i));
            out.writeAttribute("value", Xml.safe(GraphWriter.text(value, json)));
        }
        if (open) {
            out.writeEndElement();
        }
    }

    @Override
    public void end() throws IOException {
        xml.run(() -> {
            out.writeEndElement(); // nodes or edges
            out.writeCharacters("\n");
            out.writeEndElement(); // graph
            out.writeCharacters("\n");
            out.writeEndElement(); // gexf
            out.writeCharacters("\n");
            out.writeEndDocument();
        });
        xml.flush();
    }
}
