package org.innograph.sample;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.innograph.ingest.NodeRow;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scale generator, in memory only: deterministic, of the size asked for, heavy-tailed, marked synthetic. */
class ScaleNetworkTest {

    @Test
    void theSameSeedGivesTheSameCountsAndIds() {
        ScaleSummary first = ScaleNetwork.summarise("10k", 42, "CN");
        ScaleSummary again = ScaleNetwork.summarise("10k", 42, "CN");
        assertThat(again.nodes()).isEqualTo(first.nodes());
        assertThat(again.edges()).isEqualTo(first.edges());
        assertThat(again.derivedCooperation()).isEqualTo(first.derivedCooperation());
        assertThat(again.checksum()).isEqualTo(first.checksum());
        assertThat(ScaleNetwork.summarise("10k", 43, "CN").checksum()).isNotEqualTo(first.checksum());
    }

    @Test
    void hasAboutTheRelationshipsAskedForAndAHeavyTail() {
        ScaleSummary summary = ScaleNetwork.summarise("20k", 20261126, "CN");
        assertThat(summary.totalRelationships()).isBetween(20_000, 20_100);
        assertThat(summary.nodes()).containsKeys("REGION", "COUNTRY", "INSTITUTION", "JOINT_LAB", "PROJECT", "AGREEMENT",
                "INDUSTRIAL_PARK", "DEMO_CENTER", "TRANSFER_CENTER", "ACTIVITY", "FIELD");
        // A hub takes part in far more than the median institution.
        assertThat(summary.percentiles().get(3)).isGreaterThan(20 * Math.max(1, summary.percentiles().get(0)));
    }

    @Test
    void everyEdgeJoinsNodesThatExistAndGeneratedRecordsNameTheGeneratorAndSeed() {
        var realGraph = new SampleGraph();
        RealData real = RealData.read(realGraph);
        SampleGraph graph = ScaleNetwork.generate(real, realGraph, Scale.parse("5000"), 7, "CN").graph();
        Set<String> ids = graph.nodes().stream().map(NodeRow::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(graph.nodes().size());
        assertThat(graph.edges()).allSatisfy(edge -> assertThat(ids).contains(edge.from(), edge.to()));
        Set<Kind> generated = Set.of(Kind.JOINT_LAB, Kind.PROJECT, Kind.AGREEMENT, Kind.ACTIVITY, Kind.INDUSTRIAL_PARK);
        assertThat(graph.nodes()).filteredOn(node -> generated.contains(node.kind())).isNotEmpty().allSatisfy(node -> {
            assertThat(node.properties()).containsEntry("synthetic", true);
            assertThat((String) node.properties().get("source")).contains("scale generator").contains("seed 7");
        });
        assertThat(graph.edges()).filteredOn(edge -> edge.kind() == EdgeKind.PARTICIPATES_IN)
                .allSatisfy(edge -> assertThat(edge.properties()).containsEntry("synthetic", true));
        // Names are unique, so name order (and so every page) is the same whichever way it is read.
        var names = new HashSet<Object>();
        assertThat(graph.nodes()).filteredOn(node -> generated.contains(node.kind()))
                .allSatisfy(node -> assertThat(names.add(node.properties().get("name"))).as("%s", node.id()).isTrue());
    }

    @Test
    void sizesReadAsRelationshipCounts() {
        assertThat(Scale.parse("10k").relationships()).isEqualTo(10_000);
        assertThat(Scale.parse("1M").relationships()).isEqualTo(1_000_000);
        assertThat(Scale.parse("2500").relationships()).isEqualTo(2_500);
        assertThatThrownBy(() -> Scale.parse("big")).isInstanceOf(IllegalArgumentException.class);
    }
}
