package org.innograph.gaps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.innograph.IntegrationTest;
import org.innograph.SmallGraph;
import org.innograph.ingest.EdgeRow;
import org.innograph.ingest.NodeRow;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Burt's constraint and effective size on small graphs of this test's own, whose COOPERATES_WITH ties the
 * service derives from two-member projects (a tie's weight is the projects the two share):
 *
 * <pre>
 *  weighted:  E-A 2, E-B 1, E-C 1, E-D 1 (from 2020), A-B 1, B-C 1, C-X 3     (X is outside E's ego network)
 *  star:      F-G, F-H, F-I, G-H, all 1
 * </pre>
 *
 * References: the star's values worked out by hand, and Burt's formulas as NetworkX documents them, written
 * here over the same ties ({@link #constraint}, {@link #effectiveSize}). NetworkX 3.6.1 itself gives E a
 * constraint of 0.468267 and an effective size of 3.233333 on this graph.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EgoNetworkTest extends IntegrationTest {

    private static final String P = "ror:zz-ego-";
    /** The weighted ties, each written as that many projects; D's since 2020. */
    private static final List<Object[]> WEIGHTED = List.of(new Object[] {"e", "a", 2}, new Object[] {"e", "b", 1},
            new Object[] {"e", "c", 1}, new Object[] {"e", "d", 1}, new Object[] {"a", "b", 1}, new Object[] {"b", "c", 1},
            new Object[] {"c", "x", 3});
    private static final List<Object[]> STAR = List.of(new Object[] {"f", "g", 1}, new Object[] {"f", "h", 1},
            new Object[] {"f", "i", 1}, new Object[] {"g", "h", 1});

    @Autowired
    SmallGraph graph;

    @Autowired
    EgoNetworks egoNetworks;

    @BeforeAll
    void writeTheSmallGraphs() {
        var nodes = new ArrayList<NodeRow>();
        var edges = new ArrayList<EdgeRow>();
        for (String name : List.of("e", "a", "b", "c", "d", "x", "f", "g", "h", "i")) {
            nodes.add(GapsTest.node(Kind.INSTITUTION, P + name, "Ego Test " + name.toUpperCase(), Map.of()));
        }
        int project = 0;
        for (Object[] tie : concat(WEIGHTED, STAR)) {
            for (int n = 0; n < (int) tie[2]; n++) {
                String id = "project:zz-ego-" + project++;
                LocalDate since = tie[1].equals("d") ? LocalDate.of(2020, 1, 1) : LocalDate.of(2015, 1, 1);
                nodes.add(GapsTest.node(Kind.PROJECT, id, "Ego Test Project " + project, Map.of("since", since)));
                edges.add(GapsTest.edge(EdgeKind.PARTICIPATES_IN, P + tie[0], id));
                edges.add(GapsTest.edge(EdgeKind.PARTICIPATES_IN, P + tie[1], id));
            }
        }
        graph.write(nodes, edges);
    }

    @AfterAll
    void removeTheSmallGraphs() {
        graph.remove();
    }

    @Test
    void aStarWithOneTieAmongItsThreeAltersHasTheHandWorkedConstraintAndEffectiveSize() {
        Answer f = ask(P + "f", null);
        assertThat(f.size()).isEqualTo(3);
        assertThat(f.ties()).isEqualTo(1);
        // Effective size, unit weights (Borgatti): n - 2t/n = 3 - 2/3.
        assertThat(f.effectiveSize()).isCloseTo(7.0 / 3, within(1e-6));
        assertThat(f.efficiency()).isCloseTo(7.0 / 9, within(1e-6));
        // Constraint: G and H each (1/3 + 1/3 x 1/2)^2 = 1/4, I (1/3)^2 = 1/9.
        assertThat(f.constraint()).isCloseTo(1.0 / 4 + 1.0 / 4 + 1.0 / 9, within(1e-6));
        assertThat(f.alters()).extracting(alter -> alter.institution().id()).containsExactly(P + "g", P + "h", P + "i");
        assertThat(f.alters()).extracting(Alter::constraint).satisfiesExactly(
                g -> assertThat(g).isCloseTo(1.0 / 4, within(1e-6)), h -> assertThat(h).isCloseTo(1.0 / 4, within(1e-6)),
                i -> assertThat(i).isCloseTo(1.0 / 9, within(1e-6)));
    }

    @Test
    void aWeightedEgoMatchesBurtsFormulasOverItsAltersWholeTies() {
        Map<String, Map<String, Double>> graph = graph(WEIGHTED, Set.of());
        Answer e = ask(P + "e", null);
        assertThat(e.size()).isEqualTo(4);
        assertThat(e.truncated()).isFalse();
        assertThat(e.ties()).isEqualTo(2);
        assertThat(e.constraint()).isCloseTo(constraint(graph, "e"), within(1e-6));
        assertThat(e.effectiveSize()).isCloseTo(effectiveSize(graph, "e"), within(1e-6));
        for (Alter alter : e.alters()) {
            String name = alter.institution().id().substring(P.length());
            assertThat(alter.constraint()).as(name).isCloseTo(localConstraint(graph, "e", name), within(1e-6));
            assertThat((double) alter.weight()).as(name).isEqualTo(graph.get("e").get(name));
        }
        assertThat(e.alters()).extracting(Alter::constraint).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void asOfWeighsOnlyTheTiesOfThatDate() {
        Answer e = ask(P + "e", "2019-06-30");
        Map<String, Map<String, Double>> graph = graph(WEIGHTED, Set.of("d"));
        assertThat(e.size()).isEqualTo(3);
        assertThat(e.alters()).extracting(alter -> alter.institution().id()).doesNotContain(P + "d");
        assertThat(e.constraint()).isCloseTo(constraint(graph, "e"), within(1e-6));
        assertThat(e.effectiveSize()).isCloseTo(effectiveSize(graph, "e"), within(1e-6));
    }

    @Test
    void aHubIsMeasuredOverItsStrongestTiesOnlyAndSaysItIsTruncated() {
        EgoNetwork e = egoNetworks.of(P + "e", null, 20, 2);
        assertThat(e.truncated()).isTrue();
        assertThat(e.size()).isEqualTo(4);
        // A (weight 2) first, then B, C and D tie at 1 and go by id.
        assertThat(e.kept()).containsExactly(P + "a", P + "b");
        assertThat(e.altersMeasured()).isEqualTo(2);
    }

    @Test
    void theDrawingHoldsTheEgoItsAltersAndTheirCooperationTies() {
        var answer = graphQl.documentName("egoNetwork").variable("id", P + "e").execute();
        assertThat(answer.path("egoNetwork.subgraph.nodes[*].id").entityList(String.class).get())
                .containsExactlyInAnyOrder(P + "e", P + "a", P + "b", P + "c", P + "d");
        long cooperation = answer.path("egoNetwork.subgraph.edges[*].kind").entityList(String.class).get().stream()
                .filter("COOPERATES_WITH"::equals).count();
        assertThat(cooperation).isEqualTo(4 + 2);
    }

    @Test
    void anIdThatNamesNoNodeIsNotFoundAsInNode() {
        graphQl.documentName("egoNetwork").variable("id", "ror:nope").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error -> assertThat(error.getExtensions())
                        .containsEntry("code", "NOT_FOUND").containsEntry("id", "ror:nope")));
    }

    @Test
    void anIdThatIsNoInstitutionAndABadFirstAreRefusedNamingTheArgument() {
        GapsTest.expectBadInput(graphQl.documentName("egoNetwork").variable("id", "country:KE").execute(), "id");
        GapsTest.expectBadInput(graphQl.documentName("egoNetwork").variable("id", P + "e").variable("first", 0).execute(), "first");
    }

    private Answer ask(String id, String asOf) {
        return graphQl.documentName("egoNetwork").variable("id", id).variable("asOf", asOf).execute()
                .path("egoNetwork").entity(Answer.class).get();
    }

    // Burt's measures as NetworkX's documentation writes them, on an undirected weighted graph.

    /** nmw(u, v): the mutual weight of u and v over the sum (or the largest) of u's mutual weights. */
    private static double normalised(Map<String, Map<String, Double>> g, String u, String v, boolean byMax) {
        double scale = 0;
        for (double w : g.get(u).values()) {
            scale = byMax ? Math.max(scale, 2 * w) : scale + 2 * w;
        }
        return scale == 0 ? 0 : 2 * g.get(u).getOrDefault(v, 0.0) / scale;
    }

    /** local_constraint(u, v) = (nmw(u, v) + sum over w in N(u) of nmw(u, w) nmw(w, v))^2. */
    static double localConstraint(Map<String, Map<String, Double>> g, String u, String v) {
        double indirect = 0;
        for (String w : g.get(u).keySet()) {
            indirect += normalised(g, u, w, false) * normalised(g, w, v, false);
        }
        return Math.pow(normalised(g, u, v, false) + indirect, 2);
    }

    /** constraint(v) = sum over n in N(v) of local_constraint(v, n). */
    static double constraint(Map<String, Map<String, Double>> g, String v) {
        return g.get(v).keySet().stream().mapToDouble(n -> localConstraint(g, v, n)).sum();
    }

    /** effective_size(v) = sum over u in N(v) of 1 - sum over w in N(v) of nmw(v, w) nmw_max(u, w). */
    static double effectiveSize(Map<String, Map<String, Double>> g, String v) {
        double size = 0;
        for (String u : g.get(v).keySet()) {
            double redundancy = 0;
            for (String w : g.get(v).keySet()) {
                redundancy += normalised(g, v, w, false) * normalised(g, u, w, true);
            }
            size += 1 - redundancy;
        }
        return size;
    }

    /** The weighted adjacency of these ties, leaving out the nodes named. */
    private static Map<String, Map<String, Double>> graph(List<Object[]> ties, Set<String> without) {
        Map<String, Map<String, Double>> g = new TreeMap<>();
        for (Object[] tie : ties) {
            String a = (String) tie[0];
            String b = (String) tie[1];
            if (without.contains(a) || without.contains(b)) {
                continue;
            }
            g.computeIfAbsent(a, k -> new HashMap<>()).merge(b, ((Integer) tie[2]).doubleValue(), Double::sum);
            g.computeIfAbsent(b, k -> new HashMap<>()).merge(a, ((Integer) tie[2]).doubleValue(), Double::sum);
        }
        return g;
    }

    private static List<Object[]> concat(List<Object[]> a, List<Object[]> b) {
        var all = new ArrayList<Object[]>(a);
        all.addAll(b);
        return all;
    }

    record Ref(String id) {
    }

    record Alter(Ref institution, long weight, double constraint) {
    }

    record Answer(Ref institution, String asOf, int size, int altersMeasured, int ties, boolean truncated, Double effectiveSize,
            Double efficiency, Double constraint, List<Alter> alters) {
    }
}
