package org.innograph.gaps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.innograph.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The centrality engine on Zachary's karate club (src/test/resources/karate/edges.csv, its source cited there),
 * loaded as a throw-away graph of its own label (:KarateMember, not :Entity, so the sample network and its
 * counts never see it) and projected under a name of its own. References: the published values, and a
 * Brandes betweenness written here, which the service's code did not compute.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KarateClubTest extends IntegrationTest {

    private static final String GRAPH = "karate-club-test";

    @Autowired
    Driver driver;

    @Autowired
    Centrality centrality;

    private int[][] edges;

    @BeforeAll
    void loadAndProjectTheClub() throws IOException {
        edges = new ClassPathResource("karate/edges.csv").getContentAsString(StandardCharsets.UTF_8).lines()
                .filter(line -> !line.startsWith("#") && !line.startsWith("source"))
                .map(line -> Arrays.stream(line.split(",")).mapToInt(Integer::parseInt).toArray()).toArray(int[][]::new);
        List<Map<String, Object>> rows = Arrays.stream(edges).map(e -> Map.<String, Object>of("a", "karate:" + e[0], "b", "karate:" + e[1])).toList();
        try (var session = driver.session()) {
            session.run("UNWIND $rows AS row MERGE (a:KarateMember {id: row.a}) MERGE (b:KarateMember {id: row.b}) MERGE (a)-[:KARATE_TIE]->(b)",
                    Map.of("rows", rows)).consume();
            session.run("MATCH (a:KarateMember)-[:KARATE_TIE]->(b:KarateMember) "
                    + "RETURN gds.graph.project($graph, a, b, {}, {undirectedRelationshipTypes: ['*']}).nodeCount AS nodes",
                    Map.of("graph", GRAPH)).consume();
        }
    }

    @AfterAll
    void dropTheClub() {
        try (var session = driver.session()) {
            session.run("CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName", Map.of("graph", GRAPH)).consume();
            session.run("MATCH (n:KarateMember) DETACH DELETE n").consume();
        }
    }

    @Test
    void theClubHasItsPublished78TiesAmong34Members() {
        assertThat(edges.length).isEqualTo(78);
        assertThat(Arrays.stream(edges).flatMapToInt(Arrays::stream).distinct().count()).isEqualTo(34);
    }

    @Test
    void betweennessPutsMember0FirstAt04376AndMember33SecondAndMatchesBrandesTo1e6() {
        Centrality.Result result = centrality.of(GRAPH, 34, 50_000, 0, () -> { });
        assertThat(result.exact()).isTrue();
        List<Centrality.Scores> ranked = result.scores().stream()
                .sorted(Comparator.comparingDouble(Centrality.Scores::betweenness).reversed()).toList();
        assertThat(ranked.get(0).id()).isEqualTo("karate:0");
        assertThat(ranked.get(0).betweenness()).isCloseTo(0.4376, within(5e-5));
        assertThat(ranked.get(1).id()).isEqualTo("karate:33");
        double[] brandes = brandes(34, edges);
        for (Centrality.Scores scores : result.scores()) {
            int member = Integer.parseInt(scores.id().substring("karate:".length()));
            assertThat(scores.betweenness()).as(scores.id()).isCloseTo(brandes[member], within(1e-6));
        }
    }

    @Test
    void pageRankPutsMembers33And0FirstAndDegreeCountsTies() {
        Centrality.Result result = centrality.of(GRAPH, 34, 50_000, 0, () -> { });
        List<String> top = result.scores().stream().sorted(Comparator.comparingDouble(Centrality.Scores::pageRank).reversed())
                .limit(2).map(Centrality.Scores::id).toList();
        assertThat(top).containsExactly("karate:33", "karate:0");
        Map<String, Long> degree = result.scores().stream().collect(Collectors.toMap(Centrality.Scores::id, Centrality.Scores::degree));
        assertThat(degree).containsEntry("karate:0", 16L).containsEntry("karate:33", 17L).containsEntry("karate:11", 1L);
    }

    @Test
    void aSampledBetweennessStaysWithinTheErrorBoundItStates() {
        Centrality.Result result = centrality.of(GRAPH, 34, 10, 20, () -> { });
        assertThat(result.exact()).isFalse();
        assertThat(result.samples()).isEqualTo(20);
        double[] exact = brandes(34, edges);
        for (Centrality.Scores scores : result.scores()) {
            int member = Integer.parseInt(scores.id().substring("karate:".length()));
            assertThat(Math.abs(scores.betweenness() - exact[member])).as(scores.id()).isLessThanOrEqualTo(result.errorBound());
        }
    }

    /** Brandes (2001) on the undirected graph, each pair counted once, normalised by (n-1)(n-2)/2. */
    static double[] brandes(int n, int[][] edges) {
        List<List<Integer>> adjacent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adjacent.add(new ArrayList<>());
        }
        for (int[] e : edges) {
            adjacent.get(e[0]).add(e[1]);
            adjacent.get(e[1]).add(e[0]);
        }
        double[] centrality = new double[n];
        for (int s = 0; s < n; s++) {
            var stack = new ArrayDeque<Integer>();
            List<List<Integer>> predecessors = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                predecessors.add(new ArrayList<>());
            }
            double[] sigma = new double[n];
            int[] distance = new int[n];
            Arrays.fill(distance, -1);
            sigma[s] = 1;
            distance[s] = 0;
            var queue = new ArrayDeque<Integer>(List.of(s));
            while (!queue.isEmpty()) {
                int v = queue.poll();
                stack.push(v);
                for (int w : adjacent.get(v)) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue.add(w);
                    }
                    if (distance[w] == distance[v] + 1) {
                        sigma[w] += sigma[v];
                        predecessors.get(w).add(v);
                    }
                }
            }
            double[] delta = new double[n];
            while (!stack.isEmpty()) {
                int w = stack.pop();
                for (int v : predecessors.get(w)) {
                    delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }
                if (w != s) {
                    centrality[w] += delta[w];
                }
            }
        }
        double pairs = (n - 1) * (n - 2) / 2.0;
        return Arrays.stream(centrality).map(c -> c / 2 / pairs).toArray();
    }
}
