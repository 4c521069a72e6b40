package org.innograph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.innograph.subgraph.GraphEdge;
import tools.jackson.databind.json.JsonMapper;

/**
 * CSV, as a zip of two files written one after the other: {@code nodes.csv} ({@code id}, then the node
 * columns) and {@code edges.csv} ({@code id}, {@code from}, {@code to}, then the edge columns: {@code from} and
 * {@code to} as the ingest rows name an edge's ends, since {@code source} is an edge's provenance). RFC 4180
 * quoting, UTF-8, a header row; an absent value is an empty cell, a list a JSON array. One download that
 * spreadsheets, pandas and Gephi's spreadsheet import read file by file.
 */
final class CsvZipWriter implements GraphWriter {

    private final ZipOutputStream zip;
    private final Writer text;
    private final JsonMapper json;
    private Columns columns;
    private CSVPrinter csv;
    private boolean inEdges;

    CsvZipWriter(OutputStream stream, JsonMapper json) {
        this.zip = new ZipOutputStream(stream, StandardCharsets.UTF_8);
        this.text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        this.json = json;
    }

    @Override
    public void begin(Columns columns) throws IOException {
        this.columns = columns;
        csv = file("nodes.csv", List.of("id"), columns.node());
    }

    private CSVPrinter file(String name, List<String> fixed, List<Attribute> attributes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        var header = new ArrayList<>(fixed);
        attributes.forEach(attribute -> header.add(attribute.name()));
        // Not closed: that would close the zip; each file ends with flush and closeEntry.
        return new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }

    @Override
    public void node(ExportedNode node) throws IOException {
        var row = new ArrayList<String>();
        row.add(node.node().id());
        columns.node().forEach(attribute -> row.add(cell(node.value(attribute.name()))));
        csv.printRecord(row);
    }

    @Override
    public void edge(GraphEdge edge) throws IOException {
        if (!inEdges) {
            closeFile();
            csv = file("edges.csv", List.of("id", "from", "to"), columns.edge());
            inEdges = true;
        }
        var row = new ArrayList<String>();
        row.add(edge.id());
        row.add(edge.source());
        row.add(edge.target());
        columns.edge().forEach(attribute -> row.add(cell(GraphWriter.value(edge, attribute.name()))));
        csv.printRecord(row);
    }

    private String cell(Object value) {
        return value == null ? "" : GraphWriter.text(value, json);
    }

    private void closeFile() throws IOException {
        csv.flush();
        text.flush();
        zip.closeEntry();
    }

    @Override
    public void end() throws IOException {
        if (!inEdges) {
            closeFile();
            csv = file("edges.csv", List.of("id", "from", "to"), columns.edge());
        }
        closeFile();
        zip.finish();
        zip.flush();
    }
}
