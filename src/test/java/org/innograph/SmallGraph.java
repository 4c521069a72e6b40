package org.innograph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.ingest.EdgeRow;
import org.innograph.ingest.GraphWriter;
import org.innograph.ingest.NodeRow;
import org.innograph.ingest.Progress;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.neo4j.driver.Driver;

/**
 * The small graph a test class writes beside the shared sample network, through the service's own
 * {@link GraphWriter} (so its derived edges are made as a client's write would make them), and removes
 * when it is done. One per injection point ({@code @Autowired SmallGraph}); ids must be new to the database,
 * so that a test never changes the sample network or another test's graph.
 */
public final class SmallGraph {

    /** The date of the provenance of every node a test writes. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private final GraphWriter writer;
    private final Driver driver;
    private final List<String> ids = new ArrayList<>();

    SmallGraph(GraphWriter writer, Driver driver) {
        this.writer = writer;
        this.driver = driver;
    }

    /** Writes the nodes, then the edges; a node id that the database has and this graph did not write fails. */
    public void write(List<NodeRow> nodes, List<EdgeRow> edges) {
        List<String> added = nodes.stream().map(NodeRow::id).filter(id -> !ids.contains(id)).toList();
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id", Map.of("ids", added))
                    .list(row -> row.get("id").asString()))
                    .as("a test's small graph must not touch the shared sample network").isEmpty();
        }
        ids.addAll(added);
        writer.writeNodes(nodes, Progress.NONE);
        writer.writeEdges(edges, Progress.NONE);
    }

    /** The ids of the nodes written so far. */
    public List<String> ids() {
        return List.copyOf(ids);
    }

    /** A node for a test's graph: these properties, and provenance naming the test as its source, synthetic. */
    public static NodeRow node(Class<?> test, Kind kind, String id, Map<String, ?> properties) {
        var all = new HashMap<String, Object>(properties);
        all.put("source", test.getSimpleName());
        all.put("asOf", AS_OF);
        all.put("synthetic", true);
        return new NodeRow(kind, id, all);
    }

    /** An edge for a test's graph: these properties, and the test as its source. */
    public static EdgeRow edge(Class<?> test, EdgeKind kind, String from, String to, Map<String, ?> properties) {
        var all = new HashMap<String, Object>(properties);
        all.put("source", test.getSimpleName());
        return new EdgeRow(kind, from, to, all);
    }

    /** Deletes every node written, with its edges. */
    public void remove() {
        try (var session = driver.session()) {
            session.run("MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n", Map.of("ids", ids)).consume();
        }
        ids.clear();
    }
}
