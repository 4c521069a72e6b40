package org.innograph.gaps;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Brokers between two regions, on a small graph of this test's own (three regions of one country each, and a
 * country in none), every answer worked out by hand:
 *
 * <pre>
 *  region A (country ZRA): A1, A2, A3      region B (ZRB): B1, B2      region C (ZRC): C1
 *  in no region (ZRX):     X, Z, Y, W, V
 *  projects: P1 {A1, A2, X}  P2 {X, B1, B2}  P5 {A3, Z}  P6 {Z, X}
 *            P7 {A1, Y}  P8 {Y, C1}  P9 {A1, W}  P10 {W, V}  P11 {V, C1}
 * </pre>
 *
 * A to B: X is the only link, so removing it disconnects all 3 x 2 pairs; Z is A3's only way out (2 pairs).
 * A to C: A1 is A2's and A3's only way to C1 (2 pairs); X and Z are A3's (1 pair each); Y disconnects nothing
 * but without it each of the 3 pairs goes round by W and V, one hop longer (3 hops in all).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionBrokersTest extends IntegrationTest {

    private static final String P = "ror:zz-rb-";
    private static final String A = "region:ZZ-RB-A";
    private static final String B = "region:ZZ-RB-B";
    private static final String C = "region:ZZ-RB-C";

    @Autowired
    SmallGraph graph;

    @BeforeAll
    void writeTheSmallGraph() {
        var nodes = new ArrayList<NodeRow>();
        var edges = new ArrayList<EdgeRow>();
        Map<String, String> countries = Map.of("ZRA", "XR", "ZRB", "XS", "ZRC", "XT", "ZRX", "XU");
        countries.forEach((iso3, iso2) -> nodes.add(GapsTest.node(Kind.COUNTRY, "country:" + iso3, "Brokerland " + iso3,
                Map.of("iso2", iso2, "iso3", iso3, "sovereign", true))));
        for (String region : List.of(A, B, C)) {
            String code = region.substring("region:".length());
            nodes.add(GapsTest.node(Kind.REGION, region, "Region Brokers Test " + code, Map.of("code", code, "regionKind", "bloc")));
        }
        edges.add(GapsTest.edge(EdgeKind.IN_REGION, "country:ZRA", A));
        edges.add(GapsTest.edge(EdgeKind.IN_REGION, "country:ZRB", B));
        edges.add(GapsTest.edge(EdgeKind.IN_REGION, "country:ZRC", C));
        Map<String, String> located = Map.ofEntries(Map.entry("a1", "ZRA"), Map.entry("a2", "ZRA"), Map.entry("a3", "ZRA"),
                Map.entry("b1", "ZRB"), Map.entry("b2", "ZRB"), Map.entry("c1", "ZRC"), Map.entry("x", "ZRX"),
                Map.entry("z", "ZRX"), Map.entry("y", "ZRX"), Map.entry("w", "ZRX"), Map.entry("v", "ZRX"));
        located.forEach((name, country) -> {
            nodes.add(GapsTest.node(Kind.INSTITUTION, P + name, "Region Brokers Test " + name.toUpperCase(), Map.of()));
            edges.add(GapsTest.edge(EdgeKind.LOCATED_IN, P + name, "country:" + country));
        });
        Map<String, List<String>> projects = Map.of("p1", List.of("a1", "a2", "x"), "p2", List.of("x", "b1", "b2"),
                "p5", List.of("a3", "z"), "p6", List.of("z", "x"), "p7", List.of("a1", "y"), "p8", List.of("y", "c1"),
                "p9", List.of("a1", "w"), "p10", List.of("w", "v"), "p11", List.of("v", "c1"));
        projects.forEach((project, members) -> {
            nodes.add(GapsTest.node(Kind.PROJECT, "project:zz-rb-" + project, "Region Brokers Test " + project, Map.of()));
            members.forEach(member -> edges.add(GapsTest.edge(EdgeKind.PARTICIPATES_IN, P + member, "project:zz-rb-" + project)));
        });
        graph.write(nodes, edges);
    }

    @AfterAll
    void removeTheSmallGraph() {
        graph.remove();
    }

    @Test
    void theOnlyBridgeBetweenTwoRegionsComesFirstWithEveryPairItDisconnects() {
        Answer answer = awaitDone(A, B);
        assertThat(answer.institutionsFrom()).isEqualTo(3);
        assertThat(answer.institutionsTo()).isEqualTo(2);
        assertThat(answer.pairs()).isEqualTo(6);
        assertThat(answer.pairsMeasured()).isEqualTo(6);
        assertThat(answer.connectedPairs()).isEqualTo(6);
        assertThat(answer.sampled()).isFalse();
        assertThat(answer.actors()).extracting(actor -> actor.institution().id(), Actor::disconnectedPairs, Actor::addedHops)
                .containsExactly(tuple(P + "x", 6L, 0L), tuple(P + "z", 2L, 0L));
        // X is on the one shortest path of all 6 pairs, Z on those of A3's 2.
        assertThat(answer.actors().get(0).pathShare()).isCloseTo(1.0, within(1e-9));
        assertThat(answer.actors().get(1).pathShare()).isCloseTo(2.0 / 6, within(1e-9));
    }

    @Test
    void anActorThatOnlyLengthensPathsComesAfterThoseThatCutThemWithTheHopsItAdds() {
        Answer answer = awaitDone(A, C);
        assertThat(answer.pairs()).isEqualTo(3);
        assertThat(answer.connectedPairs()).isEqualTo(3);
        assertThat(answer.actors()).extracting(actor -> actor.institution().id(), Actor::disconnectedPairs, Actor::addedHops)
                .containsExactly(tuple(P + "a1", 2L, 0L), tuple(P + "x", 1L, 0L),
                        tuple(P + "z", 1L, 0L), tuple(P + "y", 0L, 3L));
    }

    @Test
    void regionsWithMoreInstitutionsThanTheCapAreMeasuredFromASeededSampleAndSaySo() {
        Answer answer = awaitDone("region:M49-142", "region:M49-150");
        assertThat(answer.institutionsFrom()).isGreaterThan(50);
        assertThat(answer.sampled()).isTrue();
        assertThat(answer.sources()).isEqualTo(50);
        assertThat(answer.seed()).isEqualTo(42);
        assertThat(answer.pairsMeasured()).isPositive().isLessThan(answer.pairs());
        assertThat(answer.actors()).isNotEmpty().allSatisfy(actor -> {
            assertThat(actor.disconnectedPairs()).isLessThanOrEqualTo(answer.connectedPairs());
            assertThat(actor.pathShare()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void theAnswerIsCachedUntilTheNetworkChanges(@Autowired org.springframework.context.ApplicationEventPublisher events) {
        awaitDone(A, B);
        assertThat(ask(A, B).status()).isEqualTo("DONE");
        events.publishEvent(new org.innograph.ingest.NetworkChanged(java.util.Set.of(EdgeKind.PARTICIPATES_IN)));
        Answer afterWrite = ask(A, B);
        assertThat(afterWrite.status()).isEqualTo("RUNNING");
        assertThat(afterWrite.actors()).isEmpty();
        assertThat(awaitDone(A, B).actors()).extracting(actor -> actor.institution().id()).containsExactly(P + "x", P + "z");
    }

    @Test
    void anIdThatIsNoRegionAndABadFirstAreRefusedNamingTheArgument() {
        GapsTest.expectBadInput(graphQl.documentName("regionBrokers").variable("from", "country:KE").variable("to", B).execute(), "from");
        GapsTest.expectBadInput(graphQl.documentName("regionBrokers").variable("from", A).variable("to", B).variable("first", 101)
                .execute(), "first");
    }

    private Answer awaitDone(String from, String to) {
        Answer answer = org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(300))
                .until(() -> ask(from, to), polled -> !polled.status().equals("RUNNING"));
        assertThat(answer.status()).isEqualTo("DONE");
        return answer;
    }

    private Answer ask(String from, String to) {
        Answer answer = graphQl.documentName("regionBrokers").variable("from", from).variable("to", to).variable("first", 20).execute()
                .path("regionBrokers").entity(Answer.class).get();
        assertThat(answer.error()).isNull();
        return answer;
    }

    record Ref(String id) {
    }

    record Actor(Ref institution, long disconnectedPairs, long addedHops, double pathShare) {
    }

    record Answer(String status, double progress, Integer institutionsFrom, Integer institutionsTo, Long pairs, Long pairsMeasured,
            Long connectedPairs, Integer sources, Boolean sampled, Long seed, Integer candidatesTested, List<Actor> actors, String error) {
    }
}
