package org.innograph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.innograph.database.QueryRunner;
import org.innograph.subgraph.GraphEdge;
import org.innograph.subgraph.GraphElements;
import org.innograph.subgraph.GraphNode;
import org.innograph.subgraph.Subgraph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the whole graph or a drawn subgraph in an {@link ExportFormat}. The whole graph streams: its
 * columns come from two queries that keep only the distinct property names and types, then every node and
 * every edge goes from the query's result to the writer to the output one at a time
 * ({@link QueryRunner#stream}), so the heap holds one element, not the graph. Nodes and edges are two
 * queries, two transactions: an export taken while the graph is written to is no snapshot.
 */
@Component
class GraphExport {

    private final QueryRunner queries;
    private final JsonMapper json;

    GraphExport(QueryRunner queries, JsonMapper json) {
        this.queries = queries;
        this.json = json;
    }

    /** Every node and edge of the network, streamed from the database to {@code out}. */
    Exported whole(ExportFormat format, OutputStream out) throws IOException {
        Columns columns = Columns.of(found("export/node-attributes"), found("export/edge-attributes"));
        GraphWriter writer = format.writer(out, json, today());
        writer.begin(columns);
        try {
            long nodes = queries.stream("export/nodes", Map.of(), GraphExport::node, unchecked(writer::node));
            long edges = queries.stream("export/edges", Map.of(), (Record row) -> GraphElements.edge(row.get("edge")),
                    unchecked(writer::edge));
            writer.end();
            return new Exported(nodes, edges);
        }
        catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A subgraph answer ready to write: its columns (the properties its elements have) and its nodes' fields. */
    record Prepared(Subgraph subgraph, Columns columns, Map<String, List<String>> fields) {
    }

    /** Reads what writing a subgraph needs from the database: its nodes' fields (one query). */
    Prepared prepare(Subgraph subgraph) {
        Map<String, AttributeType> nodeProperties = Columns.found();
        for (GraphNode node : subgraph.nodes()) {
            node.properties().forEach((key, value) -> typed(nodeProperties, key, value));
        }
        Map<String, AttributeType> edgeProperties = Columns.found();
        for (GraphEdge edge : subgraph.edges()) {
            edge.properties().forEach((key, value) -> typed(edgeProperties, key, value));
        }
        return new Prepared(subgraph, Columns.of(nodeProperties, edgeProperties), fieldsOf(subgraph.nodes()));
    }

    /** Writes a subgraph answer; nothing of it is read from the database any more. */
    Exported subgraph(Prepared prepared, ExportFormat format, OutputStream out) throws IOException {
        Subgraph subgraph = prepared.subgraph();
        GraphWriter writer = format.writer(out, json, today());
        writer.begin(prepared.columns());
        for (GraphNode node : subgraph.nodes()) {
            writer.node(new ExportedNode(node, prepared.fields().getOrDefault(node.id(), List.of())));
        }
        for (GraphEdge edge : subgraph.edges()) {
            writer.edge(edge);
        }
        writer.end();
        return new Exported(subgraph.nodes().size(), subgraph.edges().size());
    }

    private static void typed(Map<String, AttributeType> found, String key, Object value) {
        if (value != null) {
            Columns.found(found, key, AttributeType.of(value));
        }
    }

    private Map<String, List<String>> fieldsOf(List<GraphNode> nodes) {
        var fields = new HashMap<String, List<String>>();
        if (!nodes.isEmpty()) {
            queries.list("export/fields-of", Map.of("ids", nodes.stream().map(GraphNode::id).toList()),
                    row -> Map.entry(row.get("id").asString(), row.get("fields").asList(Value::asString)))
                    .forEach(entry -> fields.put(entry.getKey(), entry.getValue()));
        }
        return fields;
    }

    private Map<String, AttributeType> found(String query) {
        Map<String, AttributeType> found = Columns.found();
        queries.list(query, Map.of(), row -> row).forEach(row ->
                Columns.found(found, row.get("key").asString(), AttributeType.ofNeo4j(row.get("type").asString())));
        return found;
    }

    private static ExportedNode node(Record row) {
        return new ExportedNode(GraphElements.node(row.get("n")), row.get("fields").asList(Value::asString));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Writing that may fail, for a query's row consumer: the failure ends the query and is rethrown above. */
    private interface Write<T> {
        void accept(T element) throws IOException;
    }

    private static <T> Consumer<T> unchecked(Write<T> write) {
        return element -> {
            try {
                write.accept(element);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
