package org.innograph.gaps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.innograph.IntegrationTest;
import org.innograph.SmallGraph;
import org.innograph.ingest.EdgeRow;
import org.innograph.ingest.GraphWriter;
import org.innograph.ingest.NodeRow;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Suggested partners, on a textbook graph worked out by hand and on the sample network. The textbook graph is
 * written through {@link GraphWriter} as two-member projects, so that the service derives its COOPERATES_WITH
 * edges itself, and removed after:
 *
 * <pre>
 *   A - B, A - C, A - D, B - E, C - E, D - E, D - F, D - G     (one project per tie, all from 2020 but D - E from 2022)
 *   project sp-big: A, G and 24 others (26 members, past max-consortium 25: no pairs derived)
 *   lab sp-l (energy): partner D
 *   fields: A-B and B-E energy, A-C and D-F health;  A and E located in Kenya, F in China
 *
 *   degrees (institutions cooperated with): B 2, C 2, D 4 (A, E, F, G)
 *   for A: N(A) = {B, C, D}; two steps away E, F, G; G shares sp-big with A, so it is no candidate
 *     E: shared B, C, D   common 3   Adamic-Adar 2/ln 2 + 1/ln 4   resource allocation 1/2 + 1/2 + 1/4
 *     F: shared D         common 1   Adamic-Adar 1/ln 4           resource allocation 1/4
 *   for the lab: N(sp-l) = {D}, whose degree counts the lab's tie too: 5
 *     A, E, F, G: shared D, Adamic-Adar 1/ln 5, resource allocation 1/5; ties broken by shared fields
 *     (A and E share energy with the lab, F and G nothing), then by id: A, E, F, G
 *   as of mid-2021, before D - E: for A, E is reached through B and C only, and D has 3 ties (A, F, G)
 *     E: shared B, C          common 2   Adamic-Adar 2/ln 2                resource allocation 1/2 + 1/2
 *     F: shared D             common 1   Adamic-Adar 1/ln 3                resource allocation 1/3
 *   filters on the lab's candidates A, E, F, G (fields of what each takes part in; regions of its country):
 *     A: energy, health; Kenya   E: energy; Kenya   F: health; China   G: none; nowhere
 *     Eastern Africa: A, E   Asia: F   Eastern Africa or Asia: A, E, F   health: A, F   energy: A, E
 *     Eastern Africa and health: A   Europe: none
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuggestedPartnersTest extends IntegrationTest {

    static final String A = "ror:sp-test-a";
    static final String B = "ror:sp-test-b";
    static final String C = "ror:sp-test-c";
    static final String D = "ror:sp-test-d";
    static final String E = "ror:sp-test-e";
    static final String F = "ror:sp-test-f";
    static final String G = "ror:sp-test-g";
    static final String LAB = "lab:sp-test-l";
    static final String BIG = "project:sp-test-big";
    static final String ENERGY = "field:energy";
    static final String HEALTH = "field:health";
    static final String KENYA = "country:KE";
    static final String CHINA = "country:CN";
    static final String EASTERN_AFRICA = "region:M49-014";
    static final String ASIA = "region:M49-142";
    static final String EUROPE = "region:M49-150";

    @Autowired
    SmallGraph graph;

    @Autowired
    Driver driver;

    @Autowired
    PartnerSuggestions partners;

    @BeforeAll
    void writeTheTextbookGraph() {
        var nodes = new ArrayList<NodeRow>();
        var edges = new ArrayList<EdgeRow>();
        List<String> fillers = IntStream.rangeClosed(1, 24).mapToObj(i -> "ror:sp-test-p%02d".formatted(i)).toList();
        Stream.concat(Stream.of(A, B, C, D, E, F, G), fillers.stream())
                .forEach(id -> nodes.add(GapsTest.node(Kind.INSTITUTION, id, "Partner Test " + id, Map.of())));
        String[][] ties = {{A, B, ENERGY}, {A, C, HEALTH}, {A, D, null}, {B, E, ENERGY}, {C, E, null}, {D, E, null}, {D, F, HEALTH},
                {D, G, null}};
        for (String[] tie : ties) {
            String project = "project:sp-test-" + tie[0].substring(tie[0].length() - 1) + tie[1].substring(tie[1].length() - 1);
            LocalDate since = project.endsWith("-de") ? LocalDate.of(2022, 1, 1) : LocalDate.of(2020, 1, 1);
            nodes.add(GapsTest.node(Kind.PROJECT, project, "Partner Test Project " + project, Map.of("since", since)));
            edges.add(GapsTest.edge(EdgeKind.PARTICIPATES_IN, tie[0], project));
            edges.add(GapsTest.edge(EdgeKind.PARTICIPATES_IN, tie[1], project));
            if (tie[2] != null) {
                edges.add(GapsTest.edge(EdgeKind.IN_FIELD, project, tie[2]));
            }
        }
        nodes.add(GapsTest.node(Kind.PROJECT, BIG, "Partner Test Big Project", Map.of("since", LocalDate.of(2020, 1, 1))));
        Stream.concat(Stream.of(A, G), fillers.stream()).forEach(id -> edges.add(GapsTest.edge(EdgeKind.PARTICIPATES_IN, id, BIG)));
        nodes.add(GapsTest.node(Kind.JOINT_LAB, LAB, "Partner Test Lab", Map.of("since", LocalDate.of(2020, 1, 1))));
        edges.add(GapsTest.edge(EdgeKind.PARTNER_OF, D, LAB));
        edges.add(GapsTest.edge(EdgeKind.IN_FIELD, LAB, ENERGY));
        edges.add(GapsTest.edge(EdgeKind.LOCATED_IN, A, KENYA));
        edges.add(GapsTest.edge(EdgeKind.LOCATED_IN, E, KENYA));
        edges.add(GapsTest.edge(EdgeKind.LOCATED_IN, F, CHINA));
        graph.write(nodes, edges);
    }

    @AfterAll
    void removeTheTextbookGraph() {
        graph.remove();
    }

    @Nested
    class OnATextbookGraph {

        @Test
        void theServiceDerivedTheTiesOfTheDrawingAndNoPairsForTheBigProject() {
            try (var session = driver.session()) {
                assertThat(session.run("MATCH (a:Institution)-[:COOPERATES_WITH]-(b:Institution) WHERE a.id IN [$a, $g] "
                                + "RETURN a.id AS a, collect(b.id) AS b", Map.of("a", A, "g", G)).list(row -> Map.entry(row.get("a").asString(),
                                Set.copyOf(row.get("b").asList(org.neo4j.driver.Value::asString)))))
                        .containsExactlyInAnyOrder(Map.entry(A, Set.of(B, C, D)), Map.entry(G, Set.of(D)));
            }
        }

        @Test
        void adamicAdarCommonNeighboursAndResourceAllocationAreThoseWorkedOutByHand() {
            Answer answer = ask(A, ScoreBy.ADAMIC_ADAR);
            assertThat(answer.neighbours()).isEqualTo(3);
            assertThat(answer.candidates()).isEqualTo(2);
            assertThat(answer.truncated()).isFalse();
            assertThat(answer.suggestions()).extracting(s -> s.partner().id()).containsExactly(E, F);
            Suggestion e = answer.suggestions().get(0);
            assertThat(e.commonNeighbours()).isEqualTo(3);
            assertThat(e.adamicAdar()).isCloseTo(2 / Math.log(2) + 1 / Math.log(4), within(1e-6));
            assertThat(e.resourceAllocation()).isCloseTo(1.25, within(1e-6));
            assertThat(e.score()).isEqualTo(e.adamicAdar());
            Suggestion f = answer.suggestions().get(1);
            assertThat(f.commonNeighbours()).isEqualTo(1);
            assertThat(f.adamicAdar()).isCloseTo(1 / Math.log(4), within(1e-6));
            assertThat(f.resourceAllocation()).isCloseTo(0.25, within(1e-6));
        }

        @Test
        void eachSuggestionSaysWhichNeighboursFieldsAndRegionsTheTwoShare() {
            Answer answer = ask(A, ScoreBy.COMMON_NEIGHBOURS);
            Suggestion e = answer.suggestions().get(0);
            assertThat(e.sharedNeighbourIds()).containsExactly(B, C, D);
            assertThat(e.sharedFieldIds()).containsExactly(ENERGY);
            assertThat(e.sharedRegionIds()).containsExactlyInAnyOrderElementsOf(regionsOf(KENYA)).isNotEmpty();
            assertThat(e.score()).isEqualTo(3.0);
            assertThat(e.reason()).contains(B, C, D, ENERGY);
            Suggestion f = answer.suggestions().get(1);
            assertThat(f.sharedNeighbourIds()).containsExactly(D);
            assertThat(f.sharedFieldIds()).containsExactly(HEALTH);
            assertThat(f.sharedRegionIds()).isEmpty();
        }

        @Test
        void asOfScoresTheNetworkAsItStoodThen() {
            Answer answer = ask(A, ScoreBy.ADAMIC_ADAR, "2021-06-01");

            assertThat(answer.neighbours()).isEqualTo(3);
            assertThat(answer.suggestions()).extracting(s -> s.partner().id()).containsExactly(E, F);
            Suggestion e = answer.suggestions().get(0);
            assertThat(e.sharedNeighbourIds()).containsExactly(B, C);
            assertThat(e.adamicAdar()).isCloseTo(2 / Math.log(2), within(1e-6));
            assertThat(e.resourceAllocation()).isCloseTo(1.0, within(1e-6));
            Suggestion f = answer.suggestions().get(1);
            assertThat(f.adamicAdar()).isCloseTo(1 / Math.log(3), within(1e-6));
            assertThat(f.resourceAllocation()).isCloseTo(1 / 3.0, within(1e-6));
        }

        @Test
        void asOfBeforeAnyTieBeganHasNothingToSuggest() {
            Answer answer = ask(A, ScoreBy.ADAMIC_ADAR, "2019-12-31");

            assertThat(answer.neighbours()).isZero();
            assertThat(answer.suggestions()).isEmpty();
        }

        @Test
        void anInstitutionAlreadyCooperatingDirectlyOrThroughAProjectTooLargeForPairsIsNeverSuggested() {
            for (ScoreBy by : ScoreBy.values()) {
                assertThat(ask(A, by).suggestions()).extracting(s -> s.partner().id()).doesNotContain(B, C, D, G, A);
            }
        }

        @Test
        void aLabsNeighboursAreItsPartnersWhoseDegreeCountsTheLab() {
            Answer answer = ask(LAB, ScoreBy.ADAMIC_ADAR);
            assertThat(answer.neighbours()).isEqualTo(1);
            assertThat(answer.suggestions()).extracting(s -> s.partner().id()).containsExactly(A, E, F, G);
            assertThat(answer.suggestions()).allSatisfy(s -> {
                assertThat(s.sharedNeighbourIds()).containsExactly(D);
                assertThat(s.adamicAdar()).isCloseTo(1 / Math.log(5), within(1e-6));
                assertThat(s.resourceAllocation()).isCloseTo(0.2, within(1e-6));
            });
            assertThat(answer.suggestions().get(0).sharedFieldIds()).containsExactly(ENERGY);
            assertThat(answer.suggestions().get(3).sharedFieldIds()).isEmpty();
        }

        @Test
        void regionsAndFieldsKeepTheMatchingCandidatesInTheUnfilteredOrder() {
            assertThat(regionsOf(KENYA)).contains(EASTERN_AFRICA).doesNotContain(ASIA, EUROPE);
            assertThat(regionsOf(CHINA)).contains(ASIA).doesNotContain(EASTERN_AFRICA, EUROPE);
            Answer unfiltered = ask(LAB, ScoreBy.ADAMIC_ADAR);
            assertThat(unfiltered.suggestions()).extracting(s -> s.partner().id()).containsExactly(A, E, F, G);

            assertFiltered(LAB, List.of(EASTERN_AFRICA), null, unfiltered, Set.of(A, E));
            assertFiltered(LAB, List.of(ASIA), null, unfiltered, Set.of(F));
            assertFiltered(LAB, List.of(EASTERN_AFRICA, ASIA), null, unfiltered, Set.of(A, E, F));
            assertFiltered(LAB, null, List.of(HEALTH), unfiltered, Set.of(A, F));
            assertFiltered(LAB, null, List.of(ENERGY), unfiltered, Set.of(A, E));
            assertFiltered(LAB, List.of(EASTERN_AFRICA), List.of(HEALTH), unfiltered, Set.of(A));
            assertFiltered(LAB, List.of(EUROPE), null, unfiltered, Set.of());
            assertFiltered(A, null, List.of(HEALTH), ask(A, ScoreBy.ADAMIC_ADAR), Set.of(F));
        }

        /** The filtered answer is the unfiltered one with only {@code kept} left, in the same order, with the same scores. */
        private void assertFiltered(String actor, List<String> regions, List<String> fields, Answer unfiltered, Set<String> kept) {
            Answer filtered = ask(actor, ScoreBy.ADAMIC_ADAR, null, regions, fields);
            String as = actor + " in " + regions + " of " + fields;
            assertThat(filtered.suggestions()).as(as)
                    .containsExactlyElementsOf(unfiltered.suggestions().stream().filter(s -> kept.contains(s.partner().id())).toList());
            assertThat(filtered.candidates()).as(as).isEqualTo(kept.size());
            assertThat(filtered.neighbours()).as(as).isEqualTo(unfiltered.neighbours());
            assertThat(filtered.truncated()).as(as).isFalse();
        }

        @Test
        void aRegionOrFieldThatNamesNoneIsBadInputNamingTheArgument() {
            GapsTest.expectBadInput(filteredBy(List.of("region:sp-test-nowhere"), null), "regions");
            GapsTest.expectBadInput(filteredBy(List.of(EASTERN_AFRICA, ENERGY), null), "regions");
            GapsTest.expectBadInput(filteredBy(null, List.of(HEALTH, "field:sp-test-nothing")), "fields");
            GapsTest.expectBadInput(filteredBy(null, List.of(EASTERN_AFRICA)), "fields");
        }

        private GraphQlTester.Response filteredBy(List<String> regions, List<String> fields) {
            return graphQl.documentName("suggestedPartners").variable("id", LAB).variable("regions", regions)
                    .variable("fields", fields).execute();
        }

        @Test
        void anIdOfAnotherKindIsBadInputAndAnUnknownIdNotFound() {
            GapsTest.expectBadInput(graphQl.documentName("suggestedPartners").variable("id", KENYA).execute(), "id");
            GapsTest.expectBadInput(graphQl.documentName("suggestedPartners").variable("id", A).variable("first", 0).execute(), "first");
            graphQl.documentName("suggestedPartners").variable("id", "ror:sp-test-nobody").execute().errors()
                    .satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
        }
    }

    @Nested
    class OnTheSampleNetwork {

        @Test
        void everySuggestionsSharedNeighboursAreNeighboursOfBothAskedBackThroughNeighbourhood() {
            for (String actor : List.of(hub(), "lab:0001", byDegree(10))) {
                Answer answer = ask(actor, ScoreBy.ADAMIC_ADAR);
                assertThat(answer.suggestions()).as(actor).isNotEmpty();
                Set<String> ofActor = neighbourhood(actor);
                for (Suggestion suggestion : answer.suggestions()) {
                    String partner = suggestion.partner().id();
                    assertThat(ofActor).as(actor + " already cooperates with " + partner).doesNotContain(partner);
                    assertThat(suggestion.sharedNeighbourIds()).as(partner).isNotEmpty().hasSize((int) suggestion.commonNeighbours());
                    assertThat(ofActor).as("neighbours of " + actor).containsAll(suggestion.sharedNeighbourIds());
                    assertThat(neighbourhood(partner)).as("neighbours of " + partner).containsAll(suggestion.sharedNeighbourIds());
                }
            }
        }

        @Test
        void noSuggestionTakesPartInAnythingWithTheActor() {
            for (String actor : List.of(hub(), "lab:0001", byDegree(10))) {
                List<String> suggested = ask(actor, ScoreBy.COMMON_NEIGHBOURS).suggestions().stream().map(s -> s.partner().id()).toList();
                try (var session = driver.session()) {
                    long together = session.run("MATCH (x:Entity {id: $x}), (y:Institution) WHERE y.id IN $ys "
                            + "AND (EXISTS { (x)-[:PARTNER_OF|PARTICIPATES_IN|OPERATES]->()<-[:PARTNER_OF|PARTICIPATES_IN|OPERATES]-(y) } "
                            + "OR EXISTS { (x)<-[:PARTNER_OF|PARTICIPATES_IN|OPERATES]-(y) } OR EXISTS { (x)-[:COOPERATES_WITH]-(y) }) "
                            + "RETURN count(y) AS n", Map.of("x", actor, "ys", suggested)).single().get("n").asLong();
                    assertThat(together).as(actor).isZero();
                }
            }
        }

        @Test
        void anInstitutionsScoresAgreeWithGraphDataSciencesAlphaLinkPredictionFunctions() {
            for (String actor : List.of(A, hub(), byDegree(10))) {
                List<Suggestion> suggestions = ask(actor, ScoreBy.ADAMIC_ADAR).suggestions();
                assertThat(suggestions).as(actor).isNotEmpty();
                try (var session = driver.session()) {
                    for (Suggestion s : suggestions) {
                        var gds = session.run("MATCH (x:Institution {id: $x}), (y:Institution {id: $y}) "
                                + "WITH x, y, {relationshipQuery: 'COOPERATES_WITH', direction: 'BOTH'} AS config "
                                + "RETURN gds.alpha.linkprediction.adamicAdar(x, y, config) AS aa, "
                                + "gds.alpha.linkprediction.commonNeighbors(x, y, config) AS cn, "
                                + "gds.alpha.linkprediction.resourceAllocation(x, y, config) AS ra", Map.of("x", actor, "y", s.partner().id())).single();
                        assertThat(s.adamicAdar()).as(actor + " - " + s.partner().id()).isCloseTo(gds.get("aa").asDouble(), within(1e-6));
                        assertThat((double) s.commonNeighbours()).isCloseTo(gds.get("cn").asDouble(), within(1e-6));
                        assertThat(s.resourceAllocation()).isCloseTo(gds.get("ra").asDouble(), within(1e-6));
                    }
                }
            }
        }

        @Test
        void theDensestInstitutionAnswersWithinItsCapAndItsScoresStayExactWhenTheCapBites() {
            String hub = hub();
            long paths;
            try (var session = driver.session()) {
                paths = session.run("MATCH (x:Institution {id: $id})-[:COOPERATES_WITH]-(z:Institution)-[:COOPERATES_WITH]-(y:Institution) "
                        + "WHERE y <> x RETURN count(*) AS n", Map.of("id", hub)).single().get("n").asLong();
            }
            long started = System.nanoTime();
            Answer answer = ask(hub, ScoreBy.ADAMIC_ADAR);
            long first = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            ask(hub, ScoreBy.ADAMIC_ADAR);
            System.out.printf("Suggested partners of the hub %s: %d neighbours, %d paths two steps away, %d candidates, truncated %s, "
                    + "%d ms (then %d ms)%n", hub, answer.neighbours(), paths, answer.candidates(), answer.truncated(), first,
                    (System.nanoTime() - started) / 1_000_000);
            assertThat(answer.truncated()).isEqualTo(paths > 20_000);
            int cap = (int) (paths / 3);
            PartnerSuggestions.Ranking capped = partners.rank(hub, LinkScore.ADAMIC_ADAR, 100, cap, null).orElseThrow();
            PartnerSuggestions.Ranking whole = partners.rank(hub, LinkScore.ADAMIC_ADAR, 100, (int) paths, null).orElseThrow();
            assertThat(capped.truncated()).isTrue();
            assertThat(whole.truncated()).isFalse();
            assertThat(capped.candidates()).isLessThanOrEqualTo(whole.candidates()).isLessThanOrEqualTo(cap + 1L);
            Map<String, PartnerSuggestions.Candidate> exact = partners.rank(hub, LinkScore.ADAMIC_ADAR, 100_000, (int) paths, null).orElseThrow()
                    .candidatesFirst().stream().collect(Collectors.toMap(PartnerSuggestions.Candidate::id, c -> c));
            assertThat(exact).hasSize((int) whole.candidates());
            assertThat(capped.candidatesFirst()).isNotEmpty().allSatisfy(candidate -> assertThat(candidate).isEqualTo(exact.get(candidate.id())));
        }

        @Test
        void theHubsFilteredCandidatesAreItsUnfilteredOnesInTheRegionAndFieldCountedInCypher() {
            String hub = hub();
            List<PartnerSuggestions.Candidate> all = partners.rank(hub, LinkScore.ADAMIC_ADAR, 100_000, 20_000, null).orElseThrow()
                    .candidatesFirst();
            Set<String> matching;
            try (var session = driver.session()) {
                matching = Set.copyOf(session.run("MATCH (y:Institution) WHERE y.id IN $ids "
                        + "AND EXISTS { (y)-[:LOCATED_IN]->(:Country)-[:IN_REGION]->(:Region {id: $region}) } "
                        + "AND EXISTS { (y)-[:PARTNER_OF|PARTICIPATES_IN|OPERATES]->()-[:IN_FIELD]->(:Field {id: $field}) } RETURN y.id AS id",
                        Map.of("ids", all.stream().map(PartnerSuggestions.Candidate::id).toList(), "region", ASIA, "field", ENERGY))
                        .list(row -> row.get("id").asString()));
            }
            PartnerSuggestions.Ranking filtered = partners.rank(hub, LinkScore.ADAMIC_ADAR, 100_000, 20_000, null, List.of(ASIA),
                    List.of(ENERGY)).orElseThrow();
            assertThat(matching).isNotEmpty().hasSizeLessThan(all.size());
            assertThat(filtered.candidates()).isEqualTo(matching.size());
            assertThat(filtered.candidatesFirst()).containsExactlyElementsOf(all.stream().filter(c -> matching.contains(c.id())).toList());
        }

        private String hub() {
            return byDegree(1);
        }

        /** The institution with the {@code rank}-th most COOPERATES_WITH ties (ties by id), counted here. */
        private String byDegree(int rank) {
            try (var session = driver.session()) {
                return session.run("MATCH (i:Institution) WHERE NOT i.id STARTS WITH 'ror:sp-test' "
                        + "RETURN i.id AS id ORDER BY COUNT { (i)-[:COOPERATES_WITH]-() } DESC, i.id SKIP $skip LIMIT 1",
                        Map.of("skip", rank - 1)).single().get("id").asString();
            }
        }
    }

    /** The institutions one step from a node: those it COOPERATES_WITH, or a lab's partners, asked through {@code neighbourhood}. */
    Set<String> neighbourhood(String id) {
        var answer = graphQl.documentName("neighbourhood").variable("id", id).variable("depth", 1)
                .variable("nodeKinds", List.of("INSTITUTION")).variable("edgeKinds", List.of("COOPERATES_WITH", "PARTNER_OF"))
                .variable("limit", 5_000).execute();
        assertThat(answer.path("neighbourhood.truncated").entity(Boolean.class).get()).isFalse();
        return answer.path("neighbourhood.nodes[*].id").entityList(String.class).get().stream().filter(n -> !n.equals(id))
                .collect(Collectors.toSet());
    }

    Answer ask(String id, ScoreBy by) {
        return ask(id, by, null);
    }

    Answer ask(String id, ScoreBy by, String asOf) {
        return ask(id, by, asOf, null, null);
    }

    Answer ask(String id, ScoreBy by, String asOf, List<String> regions, List<String> fields) {
        return graphQl.documentName("suggestedPartners").variable("id", id).variable("first", 10).variable("by", by.name())
                .variable("asOf", asOf).variable("regions", regions).variable("fields", fields).execute()
                .path("suggestedPartners").entity(Answer.class).get();
    }

    List<String> regionsOf(String country) {
        try (var session = driver.session()) {
            return session.run("MATCH (:Country {id: $id})-[:IN_REGION]->(r:Region) RETURN DISTINCT r.id AS id", Map.of("id", country))
                    .list(row -> row.get("id").asString());
        }
    }

    enum ScoreBy {
        ADAMIC_ADAR,
        COMMON_NEIGHBOURS,
        RESOURCE_ALLOCATION
    }

    record Ref(String id, String kind) {
    }

    record Suggestion(Ref partner, double score, long commonNeighbours, double adamicAdar, double resourceAllocation,
            List<String> sharedNeighbourIds, List<String> sharedFieldIds, List<String> sharedRegionIds, String reason) {
    }

    record Answer(Ref actor, String by, long neighbours, long candidates, boolean truncated, List<Suggestion> suggestions) {
    }
}
