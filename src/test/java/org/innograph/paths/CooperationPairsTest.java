package org.innograph.paths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.ingest.EdgeRow;
import org.innograph.ingest.NodeRow;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cooperation pairs of small graphs worked out by hand (no database: the rows of a first import). */
class CooperationPairsTest {

    private final CooperationPairs pairs = new CooperationPairs(new CooperationProperties(3, 500, 50_000));
    private final List<NodeRow> nodes = new ArrayList<>();
    private final List<EdgeRow> edges = new ArrayList<>();

    @Test
    void twoInstitutionsCooperateThroughWhatTheyShareFromTheLaterStartToTheEarlierEnd() {
        node(Kind.INSTITUTION, "ror:a", null, null);
        node(Kind.INSTITUTION, "ror:b", null, null);
        node(Kind.PROJECT, "project:1", "2010-01-01", "2020-12-31");
        node(Kind.JOINT_LAB, "lab:1", null, null);
        edge(EdgeKind.PARTICIPATES_IN, "ror:b", "project:1", "2012-01-01", null);
        edge(EdgeKind.PARTICIPATES_IN, "ror:a", "project:1", null, "2015-06-30");
        edge(EdgeKind.PARTNER_OF, "ror:a", "lab:1", "2019-01-01", null);
        edge(EdgeKind.OPERATES, "ror:b", "lab:1", null, null);

        List<EdgeRow> derived = pairs.derive(nodes, edges);

        assertThat(derived).singleElement().satisfies(pair -> {
            assertThat(List.of(pair.kind(), pair.from(), pair.to())).containsExactly(EdgeKind.COOPERATES_WITH, "ror:a", "ror:b");
            assertThat(pair.properties()).containsEntry("weight", 2L)
                    .containsEntry("shared", List.of("lab:1", "project:1"))
                    .containsEntry("sharedKinds", List.of("JOINT_LAB", "PROJECT"))
                    .containsEntry("via", List.of("JOINT_LAB", "PROJECT"))
                    .containsEntry("sharedSince", List.of(LocalDate.of(2019, 1, 1), LocalDate.of(2012, 1, 1)))
                    .containsEntry("sharedUntil", List.of(LocalDate.of(9999, 12, 31), LocalDate.of(2015, 6, 30)))
                    .containsEntry("since", LocalDate.of(2012, 1, 1))
                    .containsEntry("until", null)
                    .containsEntry("derived", true);
        });
    }

    @Test
    void spansThatNeverOverlapMakeNoPair() {
        node(Kind.INSTITUTION, "ror:a", null, null);
        node(Kind.INSTITUTION, "ror:b", null, null);
        node(Kind.PROJECT, "project:1", null, null);
        edge(EdgeKind.PARTICIPATES_IN, "ror:a", "project:1", null, "2011-12-31");
        edge(EdgeKind.PARTICIPATES_IN, "ror:b", "project:1", "2012-01-01", null);

        assertThat(pairs.derive(nodes, edges)).isEmpty();
    }

    @Test
    void aConsortiumAboveTheCapDerivesNoPairsAndOnlyInstitutionsArePaired() {
        node(Kind.PROJECT, "project:big", null, null);
        node(Kind.PROJECT, "project:small", null, null);
        node(Kind.COUNTRY, "country:KE", null, null);
        for (String id : List.of("ror:a", "ror:b", "ror:c", "ror:d")) {
            node(Kind.INSTITUTION, id, null, null);
            edge(EdgeKind.PARTICIPATES_IN, id, "project:big", null, null);
        }
        edge(EdgeKind.PARTICIPATES_IN, "ror:a", "project:small", null, null);
        edge(EdgeKind.PARTICIPATES_IN, "country:KE", "project:small", null, null);

        assertThat(pairs.derive(nodes, edges)).isEmpty();

        edge(EdgeKind.PARTICIPATES_IN, "ror:b", "project:small", null, null);
        assertThat(pairs.derive(nodes, edges)).extracting(EdgeRow::from, EdgeRow::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ror:a", "ror:b"));
    }

    private void node(Kind kind, String id, String since, String until) {
        Map<String, Object> properties = new HashMap<>(Map.of("name", id, "synthetic", true));
        properties.put("since", since == null ? null : LocalDate.parse(since));
        properties.put("until", until == null ? null : LocalDate.parse(until));
        nodes.add(new NodeRow(kind, id, properties));
    }

    private void edge(EdgeKind kind, String from, String to, String since, String until) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("since", since == null ? null : LocalDate.parse(since));
        properties.put("until", until == null ? null : LocalDate.parse(until));
        edges.add(new EdgeRow(kind, from, to, properties));
    }
}
