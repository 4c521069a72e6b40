package org.innograph.ingest;

import java.lang.reflect.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.innograph.IntegrationTest;
import org.innograph.database.CypherQueries;
import org.innograph.QueryRuns;
import org.innograph.ingest.GraphWriter.Outcomes;
import org.innograph.network.CjkNames;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Transaction;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk import's Core API writes ({@link CoreApiWrites}) write the same graph, and say the same of each
 * row, as the named queries they stand in for: one sequence of writes (creates, the same rows again, changed
 * and removed properties, a node changing kind, edges new, unchanged, changed and dangling) is run through
 * each, and the outcomes of every step and the graphs at the end are compared.
 */
class CoreApiWritesTest extends IntegrationTest {

    private static final String PREFIX = "core-api-test:";

    @Autowired
    GraphWriter writer;

    @Autowired
    GraphDatabaseService database;

    @Autowired
    MeterRegistry meters;

    @Autowired
    CypherQueries queries;

    @AfterEach
    void removeTheTestGraph() {
        removeTestGraph();
    }

    /** One way of writing a batch: by the named queries, or on the Core API. */
    private interface Way {
        Outcomes nodes(Kind kind, List<NodeRow> rows);

        Outcomes edges(EdgeKind kind, List<EdgeRow> rows, boolean fresh);
    }

    private final Way byCypher = new Way() {
        @Override
        public Outcomes nodes(Kind kind, List<NodeRow> rows) {
            return writer.inTransaction(() -> writer.upsertNodesByCypher(kind, rows, id -> { }));
        }

        @Override
        public Outcomes edges(EdgeKind kind, List<EdgeRow> rows, boolean fresh) {
            return writer.inTransaction(() -> writer.upsertEdgesByCypher(kind, rows, row -> fresh));
        }
    };

    private final Way onCoreApi = new Way() {
        @Override
        public Outcomes nodes(Kind kind, List<NodeRow> rows) {
            return inTransaction(tx -> CoreApiWrites.upsertNodes(tx, kind, rows, id -> { }));
        }

        @Override
        public Outcomes edges(EdgeKind kind, List<EdgeRow> rows, boolean fresh) {
            return inTransaction(tx -> CoreApiWrites.upsertEdges(tx, kind, rows, row -> fresh));
        }
    };

    @Test
    void writeTheSameGraphAndCountTheSameOutcomesAsTheNamedQueries() {
        List<Outcomes> cypherOutcomes = writeTheSequence(byCypher);
        Map<String, Object> cypherGraph = testGraph();
        removeTestGraph();
        List<Outcomes> coreOutcomes = writeTheSequence(onCoreApi);
        Map<String, Object> coreGraph = testGraph();

        assertThat(coreOutcomes).containsExactlyElementsOf(cypherOutcomes);
        assertThat(coreGraph).isEqualTo(cypherGraph);
        // The sequence did what it says, so the comparison compared something.
        assertThat(cypherOutcomes).contains(new Outcomes(3, 0, 0, 0), new Outcomes(0, 0, 3, 0), new Outcomes(0, 2, 1, 0),
                new Outcomes(2, 0, 0, 1), new Outcomes(1, 1, 1, 1));
        assertThat(cypherGraph).hasSize(5);
    }

    @Test
    void labelANodeCjkNamedExactlyWhileItsNameOrAnAliasIsInChineseJapaneseOrKoreanScript() {
        for (Way way : List.of(byCypher, onCoreApi)) {
            NodeRow wind = project("p1", "Wind", 2019, List.of("风能"));
            NodeRow solar = project("p2", "Solar", 2019, List.of("PV"));
            way.nodes(Kind.PROJECT, List.of(wind, solar, project("p3", "Korea lab", 2019, List.of("한국 연구소"))));
            assertThat(cjkNamed()).containsExactly(PREFIX + "p1", PREFIX + "p3");

            var latinAliases = new HashMap<>(wind.properties());
            latinAliases.put("aliases", List.of("wind power"));
            var japaneseName = new HashMap<>(solar.properties());
            japaneseName.put("name", "太陽光");
            // A row that does not state the aliases leaves the stored ones, and their label, as they are.
            way.nodes(Kind.PROJECT, List.of(new NodeRow(Kind.PROJECT, PREFIX + "p1", latinAliases),
                    new NodeRow(Kind.PROJECT, PREFIX + "p2", japaneseName),
                    new NodeRow(Kind.PROJECT, PREFIX + "p3", Map.of("name", "Korea institute"))));
            assertThat(cjkNamed()).as("written by " + (way == byCypher ? "Cypher" : "the Core API"))
                    .containsExactly(PREFIX + "p2", PREFIX + "p3");
            removeTestGraph();
        }
    }

    private List<String> cjkNamed() {
        return inTransaction(tx -> {
            var ids = new ArrayList<String>();
            tx.findNodes(Label.label(CjkNames.LABEL)).forEachRemaining(node -> {
                if (((String) node.getProperty("id")).startsWith(PREFIX)) {
                    ids.add((String) node.getProperty("id"));
                }
            });
            return ids.stream().sorted().toList();
        });
    }

    @Test
    void markTheSameInstitutionsCooperationPendingAsTheNamedQuery() {
        // Three institutions in a project by three kinds of participation, one only located in it, and a lab
        // taking part in it: only the three are participants whose cooperation the project bounds.
        var rows = List.of(institution("i1"), institution("i2"), institution("i3"), institution("i4"));
        onCoreApi.nodes(Kind.INSTITUTION, rows);
        onCoreApi.nodes(Kind.PROJECT, List.of(project("p1", "Solar", 2019, List.of()), project("p2", "Wind", 2020, List.of())));
        onCoreApi.nodes(Kind.JOINT_LAB, List.of(project("lab", "Lab", 2019, List.of())));
        onCoreApi.edges(EdgeKind.PARTICIPATES_IN, List.of(participation("i1", "p1", "lead", 2019)), true);
        onCoreApi.edges(EdgeKind.PARTNER_OF, List.of(new EdgeRow(EdgeKind.PARTNER_OF, PREFIX + "i2", PREFIX + "p1", Map.of())), true);
        onCoreApi.edges(EdgeKind.OPERATES, List.of(new EdgeRow(EdgeKind.OPERATES, PREFIX + "i3", PREFIX + "p1", Map.of()),
                new EdgeRow(EdgeKind.OPERATES, PREFIX + "i4", PREFIX + "p2", Map.of())), true);
        onCoreApi.edges(EdgeKind.LOCATED_IN, List.of(new EdgeRow(EdgeKind.LOCATED_IN, PREFIX + "i4", PREFIX + "p1", Map.of())), true);
        onCoreApi.edges(EdgeKind.PARTICIPATES_IN, List.of(new EdgeRow(EdgeKind.PARTICIPATES_IN, PREFIX + "lab", PREFIX + "p1", Map.of())), true);
        List<String> things = List.of(PREFIX + "p1", PREFIX + "nowhere");

        long byCypher = inTransaction(tx -> (Long) tx.execute(queries.get("ingest/mark-cooperation-pending"),
                Map.of("ids", things, "participation", EdgeKind.PARTICIPATION.stream().map(Enum::name).toList())).next().get("marked"));
        List<String> markedByCypher = pendingAndUnmarked();
        long onCore = inTransaction(tx -> CoreApiWrites.markCooperationPending(tx, things));
        List<String> markedOnCoreApi = pendingAndUnmarked();

        assertThat(markedByCypher).containsExactly(PREFIX + "i1", PREFIX + "i2", PREFIX + "i3");
        assertThat(markedOnCoreApi).isEqualTo(markedByCypher);
        assertThat(onCore).isEqualTo(byCypher).isEqualTo(3);
    }

    /** The test graph's institutions marked :CooperationPending, whose marks this then removes. */
    private List<String> pendingAndUnmarked() {
        return inTransaction(tx -> {
            List<String> ids = new ArrayList<>();
            tx.execute("""
                    MATCH (i:CooperationPending) WHERE i.id STARTS WITH $prefix
                    REMOVE i:CooperationPending
                    RETURN i.id AS id ORDER BY id""", Map.of("prefix", PREFIX)).forEachRemaining(row -> ids.add((String) row.get("id")));
            return ids;
        });
    }

    @Test
    void runInProcessForTheWriterOnTheEmbeddedDatabase() {
        long before = coreApiBatches();
        writer.inTransaction(() -> writer.upsertNodes(Kind.PROJECT, List.of(project("p1", "Solar", 2019, List.of("PV"))), id -> { }));
        assertThat(coreApiBatches()).isEqualTo(before + 1);
    }

    private long coreApiBatches() {
        return QueryRuns.count(meters, "ingest/upsert-nodes (Core API)");
    }

    private List<Outcomes> writeTheSequence(Way way) {
        List<Outcomes> outcomes = new ArrayList<>();
        List<NodeRow> projects = List.of(project("p1", "Solar grids", 2019, List.of("PV", "grid")),
                project("p2", "Wind", 2020, List.of()), project("p3", "Ébène lab", 2018, List.of("Ébène")));
        outcomes.add(way.nodes(Kind.PROJECT, projects));
        outcomes.add(way.nodes(Kind.PROJECT, projects));
        var changed = new HashMap<>(projects.get(0).properties());
        changed.put("name", "Solar Grids II");
        changed.put("budget", 2.5);
        var removed = new HashMap<>(projects.get(1).properties());
        removed.put("until", null);
        outcomes.add(way.nodes(Kind.PROJECT, List.of(new NodeRow(Kind.PROJECT, PREFIX + "p1", changed),
                new NodeRow(Kind.PROJECT, PREFIX + "p2", removed), projects.get(2))));
        outcomes.add(way.nodes(Kind.INSTITUTION, List.of(institution("i1"), institution("i2"))));
        // The same id stated as another kind: kept, relabelled and counted as updated.
        outcomes.add(way.nodes(Kind.JOINT_LAB, List.of(project("p3", "Ébène lab", 2018, List.of("Ébène")))));

        outcomes.add(way.edges(EdgeKind.PARTICIPATES_IN, List.of(participation("i1", "p1", "lead", 2019),
                participation("i2", "p1", "partner", 2020), participation("i1", "nowhere", "partner", 2020)), true));
        outcomes.add(way.edges(EdgeKind.PARTICIPATES_IN, List.of(participation("i1", "p1", "lead", 2019),
                participation("i2", "p1", "lead", 2021), participation("i2", "p2", "partner", 2020),
                participation("nowhere", "p2", "partner", 2020)), false));
        return outcomes;
    }

    private static NodeRow project(String id, String name, int since, List<String> aliases) {
        var properties = new HashMap<String, Object>();
        properties.put("name", name);
        properties.put("since", LocalDate.of(since, 3, 1));
        properties.put("until", LocalDate.of(since + 3, 3, 1));
        properties.put("aliases", aliases);
        properties.put("budget", 2L);
        properties.put("synthetic", true);
        properties.put("source", "CoreApiWritesTest");
        return new NodeRow(Kind.PROJECT, PREFIX + id, properties);
    }

    private static NodeRow institution(String id) {
        return new NodeRow(Kind.INSTITUTION, PREFIX + id, Map.of("name", "Institute " + id, "lat", 1.5, "established", 1950L));
    }

    private static EdgeRow participation(String from, String to, String role, int since) {
        return new EdgeRow(EdgeKind.PARTICIPATES_IN, PREFIX + from, PREFIX + to,
                Map.of("role", role, "since", LocalDate.of(since, 1, 1), "source", "CoreApiWritesTest"));
    }

    /** Every node of the test graph with its labels and properties, and every edge from one, by id. */
    private Map<String, Object> testGraph() {
        return inTransaction(tx -> {
            Map<String, Object> graph = new TreeMap<>();
            tx.execute("""
                    MATCH (n:Entity) WHERE n.id STARTS WITH $prefix
                    OPTIONAL MATCH (n)-[r]->(m)
                    RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
                           collect([type(r), m.id, properties(r)]) AS edges
                    """, Map.of("prefix", PREFIX)).forEachRemaining(row -> graph.put((String) row.get("id"),
                    List.of(sorted(row.get("labels")), comparable(row.get("properties")),
                    ((List<?>) comparable(row.get("edges"))).stream().map(Object::toString).sorted().toList())));
            return graph;
        });
    }

    private void removeTestGraph() {
        inTransaction(tx -> tx.execute("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n",
                Map.of("prefix", PREFIX)).resultAsString());
    }

    private <T> T inTransaction(Function<Transaction, T> work) {
        try (Transaction tx = database.beginTx()) {
            T result = work.apply(tx);
            tx.commit();
            return result;
        }
    }

    private static Object sorted(Object labels) {
        return ((List<?>) labels).stream().map(Object::toString).sorted().toList();
    }

    /** Values that compare by content: arrays as lists, maps sorted by key. */
    private static Object comparable(Object value) {
        if (value != null && value.getClass().isArray()) {
            return IntStream.range(0, Array.getLength(value)).mapToObj(i -> comparable(Array.get(value, i))).toList();
        }
        if (value instanceof Map<?, ?> map) {
            var sorted = new TreeMap<String, Object>();
            map.forEach((key, item) -> sorted.put((String) key, comparable(item)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CoreApiWritesTest::comparable).toList();
        }
        return value;
    }
}
