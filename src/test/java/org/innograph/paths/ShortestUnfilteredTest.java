package org.innograph.paths;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import io.micrometer.core.instrument.MeterRegistry;

import org.innograph.IntegrationTest;
import org.innograph.QueryRuns;
import org.innograph.database.QueryRunner;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shortest path without {@code via}, {@code asOf} or {@code toIn} comes from {@code paths/shortest-unfiltered},
 * or on the embedded database from its Core API search ({@link ShortestPathTraversal}); each must be as short as
 * the one {@code paths/shortest} finds with those null, or missing alike, and be a path from {@code from} to
 * {@code to} along edges of the kinds asked for. Each may pick another of several equally short paths, so the
 * lengths compare, not the nodes.
 */
class ShortestUnfilteredTest extends IntegrationTest {

    private static final int PAIRS = 40;

    @Autowired
    QueryRunner queries;

    @Autowired
    Driver driver;

    @Autowired
    PathFinder pathFinder;

    @Autowired
    MeterRegistry meters;

    @Test
    void theServiceRunsItWhenNoViaAsOfOrToInIsGiven() {
        String unfiltered = queries.traverses() ? "paths/shortest-unfiltered (traversal)" : "paths/shortest-unfiltered";
        var runs = QueryRuns.of(meters, unfiltered, "paths/shortest");

        pathFinder.shortest(new PathArguments("ror:02v51f717", "ror:02y9nww90", null, null, null, null, null, null));
        pathFinder.shortest(new PathArguments("ror:02v51f717", "ror:02y9nww90", null, List.of(Kind.INSTITUTION), null, null, null, null));

        assertThat(runs.since()).as("runs of " + runs.queries()).containsExactly(1L, 1L);
    }

    @ParameterizedTest(name = "maxHops {0}, edge kinds {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1 | -
            2 | -
            3 | -
            6 | -
            8 | -
            4 | PARTNER_OF,PARTICIPATES_IN
            """)
    void findsPathsAsShortAsTheFilteredFileWithNoFilter(int maxHops, String kinds) {
        List<String> edgeKinds = kinds == null ? EdgeKind.COOPERATION.stream().map(Enum::name).toList() : List.of(kinds.split(","));
        int found = 0;
        int missing = 0;
        for (List<String> pair : pairs(maxHops, edgeKinds)) {
            Map<String, Object> params = parameters(pair.get(0), pair.get(1), edgeKinds, maxHops);
            Optional<List<Value>> unfiltered = path("paths/shortest-unfiltered", params);
            Optional<List<Value>> filtered = path("paths/shortest", params);
            Optional<List<Edge>> walked = walk(pair.get(0), pair.get(1), edgeKinds, maxHops);
            assertThat(unfiltered.map(List::size)).as("length from %s to %s", pair.get(0), pair.get(1))
                    .isEqualTo(filtered.map(List::size)).isEqualTo(walked.map(List::size));
            if (unfiltered.isPresent()) {
                assertThat(unfiltered.get()).isNotEmpty().hasSizeLessThanOrEqualTo(maxHops);
                assertIsAPath(unfiltered.get().stream().map(Edge::of).toList(), pair.get(0), pair.get(1), edgeKinds);
                assertIsAPath(walked.get(), pair.get(0), pair.get(1), edgeKinds);
                found++;
            }
            else {
                missing++;
            }
        }
        // Else the comparison above would not have tried both answers.
        assertThat(found).as("pairs with a path").isPositive();
        if (maxHops <= 2) {
            assertThat(missing).as("pairs with none within maxHops").isPositive();
        }
    }

    /**
     * Pairs from an institution that takes part in some cooperation to where a random walk of one to five
     * steps along {@code edgeKinds} ends, drawn with a fixed seed, so that some pairs are within a few hops and
     * some not; the first starts from the institution with the most edges (the search from a hub is where the
     * unfiltered file saves most).
     */
    private List<List<String>> pairs(int seed, List<String> edgeKinds) {
        var random = new Random(20261128L + seed);
        var pairs = new ArrayList<List<String>>();
        try (var session = driver.session()) {
            List<String> involved = session.run("""
                    MATCH (i:Institution) WHERE EXISTS { (i)-[:PARTNER_OF|PARTICIPATES_IN|OPERATES]->() }
                    RETURN i.id AS id ORDER BY COUNT { (i)--() } DESC, id""").list(row -> row.get("id").asString());
            while (pairs.size() < PAIRS) {
                String from = pairs.isEmpty() ? involved.get(0) : involved.get(random.nextInt(involved.size()));
                String at = from;
                for (int step = random.nextInt(5); step >= 0; step--) {
                    List<String> next = session.run("""
                            MATCH (:Entity {id: $id})-[r]-(m:Entity) WHERE type(r) IN $kinds
                            RETURN DISTINCT m.id AS id ORDER BY id""", Map.of("id", at, "kinds", edgeKinds))
                            .list(row -> row.get("id").asString());
                    at = next.isEmpty() ? at : next.get(random.nextInt(next.size()));
                }
                if (!at.equals(from)) {
                    pairs.add(List.of(from, at));
                }
            }
        }
        return pairs;
    }

    @Test
    void theWalkEndsWithNoPathWhenAnEndIsNotThere() {
        assertThat(walk("ror:02v51f717", "ror:nothing", List.of("PARTNER_OF"), 6)).isEmpty();
        assertThat(walk("ror:nothing", "ror:02v51f717", List.of("PARTNER_OF"), 6)).isEmpty();
    }

    /** An edge of a path as its ends' ids and its kind. */
    private record Edge(String source, String kind, String target) {

        static Edge of(Value edge) {
            return new Edge(edge.get("source").asString(), edge.get("kind").asString(), edge.get("target").asString());
        }
    }

    private Optional<List<Value>> path(String file, Map<String, Object> params) {
        return queries.list(file, params, row -> row.get("edges").asList(edge -> edge)).stream().findFirst();
    }

    private Optional<List<Edge>> walk(String from, String to, List<String> edgeKinds, int maxHops) {
        var search = new ShortestPathTraversal(from, to, edgeKinds.stream().map(EdgeKind::valueOf).toList(), maxHops);
        return queries.traverse("test", search::find).orElseThrow(() -> new AssertionError("The test database runs in-process"))
                .map(path -> path.subgraph().edges().stream().map(edge -> new Edge(edge.source(), edge.kind().name(), edge.target())).toList());
    }

    private static void assertIsAPath(List<Edge> edges, String from, String to, List<String> edgeKinds) {
        String at = from;
        for (Edge edge : edges) {
            assertThat(edgeKinds).contains(edge.kind());
            assertThat(List.of(edge.source(), edge.target())).contains(at);
            at = edge.source().equals(at) ? edge.target() : edge.source();
        }
        assertThat(at).isEqualTo(to);
    }

    private static Map<String, Object> parameters(String from, String to, List<String> edgeKinds, int maxHops) {
        var params = new HashMap<String, Object>();
        params.put("from", from);
        params.put("to", to);
        params.put("toIn", null);
        params.put("via", null);
        params.put("asOf", null);
        params.put("edgeKinds", edgeKinds);
        params.put("maxHops", maxHops);
        return params;
    }
}
