package org.innograph.sample;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.innograph.ingest.EdgeRow;
import org.innograph.ingest.NodeRow;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample network as generated, before any database sees it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticNetworkTest {

    private static final SampleProperties DEFAULTS = new SampleProperties(true, 20261126L, "CN", 90, 60, 24, 75, 320, 1100);

    /** Generated once for the tests that only read it. */
    private SampleGraph network;

    @BeforeAll
    void generateTheDefaultNetwork() {
        network = generate(DEFAULTS);
    }

    @Test
    void theSameSeedGivesTheSameNetwork() {
        SampleGraph again = generate(DEFAULTS);
        assertThat(again.nodes()).isEqualTo(network.nodes());
        assertThat(again.edges()).isEqualTo(network.edges());
    }

    @Test
    void anotherSeedGivesAnotherNetwork() {
        var other = new SampleProperties(true, 7L, "CN", 90, 60, 24, 75, 320, 1100);
        assertThat(generate(other).edges()).isNotEqualTo(network.edges());
    }

    @Test
    void everyEdgeJoinsNodesThatExist() {
        SampleGraph graph = network;
        var ids = graph.nodes().stream().map(NodeRow::id).collect(Collectors.toSet());
        assertThat(graph.edges()).allSatisfy(edge -> assertThat(ids).contains(edge.from(), edge.to()));
        assertThat(ids).hasSize(graph.nodes().size());
    }

    @Test
    void syntheticRecordsSaySoAndRealOnesNameTheirSource() {
        SampleGraph graph = network;
        Map<Kind, List<NodeRow>> byKind = graph.nodes().stream().collect(Collectors.groupingBy(NodeRow::kind));
        for (Kind kind : List.of(Kind.JOINT_LAB, Kind.PROJECT, Kind.AGREEMENT, Kind.ACTIVITY)) {
            assertThat(byKind.get(kind)).allSatisfy(node -> {
                assertThat(node.properties()).containsEntry("synthetic", true);
                assertThat((String) node.properties().get("source")).contains("synthetic").contains("seed 20261126");
            });
        }
        assertThat(byKind.get(Kind.INSTITUTION)).allSatisfy(node -> {
            assertThat(node.properties()).containsEntry("synthetic", false);
            assertThat((String) node.properties().get("source")).contains("ROR");
        });
    }

    @Test
    void agreementsReachAtLeastEightyCountries() {
        SampleGraph graph = network;
        long signatories = graph.edges().stream().filter(edge -> edge.kind() == EdgeKind.SIGNED)
                .map(EdgeRow::from).distinct().count();
        assertThat(signatories).isGreaterThanOrEqualTo(80);
    }

    @Test
    void theSettingsSetTheScale() {
        Map<Kind, Long> counts = network.nodes().stream()
                .collect(Collectors.groupingBy(NodeRow::kind, Collectors.counting()));
        assertThat(counts).containsEntry(Kind.JOINT_LAB, 60L).containsEntry(Kind.DEMO_CENTER, 24L)
                .containsEntry(Kind.INDUSTRIAL_PARK, 75L).containsEntry(Kind.ACTIVITY, 320L)
                .containsEntry(Kind.PROJECT, 1100L).containsEntry(Kind.TRANSFER_CENTER, 9L);
    }

    @Test
    void generatedNamesAreUniqueWithinAKind() {
        Map<Kind, List<NodeRow>> byKind = network.nodes().stream()
                .filter(node -> Boolean.TRUE.equals(node.properties().get("synthetic")))
                .collect(Collectors.groupingBy(NodeRow::kind));
        assertThat(byKind).containsKeys(Kind.JOINT_LAB, Kind.PROJECT, Kind.INDUSTRIAL_PARK);
        byKind.forEach((kind, nodes) -> assertThat(nodes.stream().map(node -> node.properties().get("name")))
                .as(kind.name()).doesNotHaveDuplicates());
    }

    private static SampleGraph generate(SampleProperties settings) {
        var graph = new SampleGraph();
        SyntheticNetwork.generate(RealData.read(graph), settings, graph);
        return graph;
    }
}
