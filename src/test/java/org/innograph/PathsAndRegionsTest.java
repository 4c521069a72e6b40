package org.innograph;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.innograph.ingest.EdgeRow;
import org.innograph.ingest.NodeRow;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.innograph.sample.SampleNetworkStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innograph.NetworkApiTest.expectBadInput;

/**
 * Paths, neighbourhoods and region questions, first on a small graph of its own whose answers can be
 * worked out on paper, then on the sample network for the invariants of every drawn answer.
 *
 * <pre>
 *  region:T-NORTH                          region:T-SOUTH
 *     country:ZZN           country:ZZE       country:ZZS
 *   ror:t-a ror:t-c ror:t-g   ror:t-e        ror:t-b   ror:t-d      (institutions, LOCATED_IN their country)
 *  region:T-WIDE, overlapping both: ZZN and ZZS
 *
 *  lab:t-1 (energy, 2010)      partners t-a (lead), t-b     RUNS project:t-p1
 *  lab:t-2 (health, 2015)      partners t-a (lead), t-c     (two institutions of one country)
 *  lab:t-3 (energy, 2020-06-01 .. 2022-12-31)  partners t-c (lead), t-d
 *  lab:t-4 (2018)              partners t-g (lead), t-e
 *  project:t-p1 (energy, 2012) participants t-b (lead), t-d (one country)
 *  agreement:t-1 (2016)        signed by ZZN and ZZE
 *
 *  derived COOPERATES_WITH: t-a~t-b (lab 1), t-a~t-c (lab 2), t-c~t-d (lab 3, 2020-06-01 .. 2022-12-31),
 *                           t-b~t-d (project only), t-e~t-g (lab 4)
 *
 *  What connects two regions (two participants in two different countries, one in each region):
 *                 labs                  agreements
 *  NORTH x NORTH  t-4 (t-2: one country)   t-1
 *  NORTH x SOUTH  t-1, t-3                 -
 *  NORTH x WIDE   t-1, t-3, t-4            t-1 (ZZE in NORTH, ZZN in WIDE)
 *  SOUTH x SOUTH  -  (the project: one country)
 *  SOUTH x WIDE   t-1, t-3                 -
 *  WIDE  x WIDE   t-1, t-3                 -
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathsAndRegionsTest extends IntegrationTest {

    private static final String A = "ror:t-a";
    private static final String B = "ror:t-b";
    private static final String C = "ror:t-c";
    private static final String D = "ror:t-d";
    private static final String E = "ror:t-e";
    private static final String G = "ror:t-g";
    private static final String LAB_1 = "lab:t-1";
    private static final String LAB_2 = "lab:t-2";
    private static final String LAB_3 = "lab:t-3";
    private static final String LAB_4 = "lab:t-4";
    private static final String PROJECT = "project:t-p1";
    private static final String AGREEMENT = "agreement:t-1";
    private static final String NORTH = "region:T-NORTH";
    private static final String SOUTH = "region:T-SOUTH";
    private static final String WIDE = "region:T-WIDE";
    private static final String ENERGY = "field:t-energy";
    private static final String HEALTH = "field:t-health";
    private static final String AFRICAN_UNION = "region:AU";
    private static final String AFRICA = "region:M49-002";
    private static final String PEKING = "ror:02v51f717";
    private static final String NAIROBI = "ror:02y9nww90";
    /** State Key Laboratory of Rare Earth Materials Chemistry and Application, PART_OF Peking University. */
    private static final String RARE_EARTH_LAB = "ror:04vgnd506";
    /** Koitaleel Samoei University College, PART_OF the University of Nairobi. */
    private static final String KOITALEEL = "ror:03wxsga24";
    /** What a path follows by default, as the README and the schema state it. */
    private static final Set<String> COOPERATION = Set.of("PARTNER_OF", "PARTICIPATES_IN", "OPERATES", "COOPERATES_WITH");
    private static final List<EdgeKind> FACTS_ONLY = List.of(EdgeKind.PARTNER_OF, EdgeKind.PARTICIPATES_IN, EdgeKind.RUNS,
            EdgeKind.LOCATED_IN, EdgeKind.IN_REGION, EdgeKind.IN_FIELD);

    @Autowired
    SmallGraph graph;

    @Autowired
    Driver driver;

    @BeforeAll
    void writeTheSmallGraph(@Autowired SampleNetworkStatus status) throws InterruptedException {
        status.awaitLoaded(Duration.ofMinutes(5));
        List<NodeRow> nodes = List.of(
                node(Kind.REGION, NORTH, "Test North", Map.of("code", "T-NORTH", "regionKind", "bloc")),
                node(Kind.REGION, SOUTH, "Test South", Map.of("code", "T-SOUTH", "regionKind", "bloc")),
                node(Kind.REGION, WIDE, "Test Wide", Map.of("code", "T-WIDE", "regionKind", "bloc")),
                node(Kind.COUNTRY, "country:ZZN", "Testland North", Map.of("iso2", "ZN", "iso3", "ZZN", "sovereign", true)),
                node(Kind.COUNTRY, "country:ZZS", "Testland South", Map.of("iso2", "ZS", "iso3", "ZZS", "sovereign", true)),
                node(Kind.COUNTRY, "country:ZZE", "Testland East", Map.of("iso2", "ZE", "iso3", "ZZE", "sovereign", true)),
                node(Kind.INSTITUTION, A, "Test Institute A", Map.of("rorId", "t-a", "types", List.of("education"))),
                node(Kind.INSTITUTION, B, "Test Institute B", Map.of("rorId", "t-b", "types", List.of("education"))),
                node(Kind.INSTITUTION, C, "Test Institute C", Map.of("rorId", "t-c", "types", List.of("facility"))),
                node(Kind.INSTITUTION, D, "Test Institute D", Map.of("rorId", "t-d", "types", List.of("facility"))),
                node(Kind.INSTITUTION, E, "Test Institute E", Map.of("rorId", "t-e", "types", List.of("education"))),
                node(Kind.INSTITUTION, G, "Test Institute G", Map.of("rorId", "t-g", "types", List.of("education"))),
                node(Kind.FIELD, ENERGY, "Test energy", Map.of("code", "t-energy")),
                node(Kind.FIELD, HEALTH, "Test health", Map.of("code", "t-health")),
                node(Kind.JOINT_LAB, LAB_1, "Test Lab 1", Map.of("since", LocalDate.of(2010, 1, 1))),
                node(Kind.JOINT_LAB, LAB_2, "Test Lab 2", Map.of("since", LocalDate.of(2015, 1, 1))),
                node(Kind.JOINT_LAB, LAB_3, "Test Lab 3", Map.of("since", LocalDate.of(2020, 6, 1), "until", LocalDate.of(2022, 12, 31))),
                node(Kind.JOINT_LAB, LAB_4, "Test Lab 4", Map.of("since", LocalDate.of(2018, 1, 1))),
                node(Kind.PROJECT, PROJECT, "Test Project", Map.of("status", "completed", "since", LocalDate.of(2012, 1, 1))),
                node(Kind.AGREEMENT, AGREEMENT, "Test Agreement",
                        Map.of("agreementKind", "bilateral", "since", LocalDate.of(2016, 1, 1))));
        List<EdgeRow> edges = List.of(
                edge(EdgeKind.IN_REGION, "country:ZZN", NORTH, Map.of()),
                edge(EdgeKind.IN_REGION, "country:ZZS", SOUTH, Map.of()),
                edge(EdgeKind.IN_REGION, "country:ZZE", NORTH, Map.of()),
                edge(EdgeKind.IN_REGION, "country:ZZN", WIDE, Map.of()),
                edge(EdgeKind.IN_REGION, "country:ZZS", WIDE, Map.of()),
                edge(EdgeKind.LOCATED_IN, A, "country:ZZN", Map.of()),
                edge(EdgeKind.LOCATED_IN, C, "country:ZZN", Map.of()),
                edge(EdgeKind.LOCATED_IN, B, "country:ZZS", Map.of()),
                edge(EdgeKind.LOCATED_IN, D, "country:ZZS", Map.of()),
                edge(EdgeKind.LOCATED_IN, G, "country:ZZN", Map.of()),
                edge(EdgeKind.LOCATED_IN, E, "country:ZZE", Map.of()),
                edge(EdgeKind.PARTNER_OF, A, LAB_1, Map.of("role", "lead", "since", LocalDate.of(2010, 1, 1))),
                edge(EdgeKind.PARTNER_OF, B, LAB_1, Map.of("role", "partner", "since", LocalDate.of(2010, 1, 1))),
                edge(EdgeKind.PARTNER_OF, A, LAB_2, Map.of("role", "lead", "since", LocalDate.of(2015, 1, 1))),
                edge(EdgeKind.PARTNER_OF, C, LAB_2, Map.of("role", "partner", "since", LocalDate.of(2015, 1, 1))),
                edge(EdgeKind.PARTNER_OF, C, LAB_3, Map.of("role", "lead", "since", LocalDate.of(2020, 6, 1))),
                edge(EdgeKind.PARTNER_OF, D, LAB_3, Map.of("role", "partner", "since", LocalDate.of(2020, 6, 1))),
                edge(EdgeKind.PARTNER_OF, G, LAB_4, Map.of("role", "lead", "since", LocalDate.of(2018, 1, 1))),
                edge(EdgeKind.PARTNER_OF, E, LAB_4, Map.of("role", "partner", "since", LocalDate.of(2018, 1, 1))),
                edge(EdgeKind.SIGNED, "country:ZZN", AGREEMENT, Map.of("since", LocalDate.of(2016, 1, 1))),
                edge(EdgeKind.SIGNED, "country:ZZE", AGREEMENT, Map.of("since", LocalDate.of(2016, 1, 1))),
                edge(EdgeKind.PARTICIPATES_IN, B, PROJECT, Map.of("role", "lead", "since", LocalDate.of(2012, 1, 1))),
                edge(EdgeKind.PARTICIPATES_IN, D, PROJECT, Map.of("role", "partner", "since", LocalDate.of(2012, 1, 1))),
                edge(EdgeKind.RUNS, LAB_1, PROJECT, Map.of()),
                edge(EdgeKind.IN_FIELD, LAB_1, ENERGY, Map.of()),
                edge(EdgeKind.IN_FIELD, LAB_3, ENERGY, Map.of()),
                edge(EdgeKind.IN_FIELD, PROJECT, ENERGY, Map.of()),
                edge(EdgeKind.IN_FIELD, LAB_2, HEALTH, Map.of()));
        graph.write(nodes, edges);
    }

    @AfterAll
    void removeTheSmallGraph() {
        graph.remove();
    }

    @Nested
    class Neighbourhoods {

        @Test
        void depthOneIsTheDirectNeighbours() {
            assertThat(neighbourhood(LAB_1, 1, Map.of())).containsExactlyInAnyOrder(LAB_1, A, B, PROJECT, ENERGY);
        }

        @Test
        void depthTwoAddsTheirNeighboursIncludingDerivedCooperation() {
            assertThat(neighbourhood(LAB_1, 2, Map.of())).containsExactlyInAnyOrder(LAB_1, A, B, PROJECT, ENERGY,
                    "country:ZZN", "country:ZZS", LAB_2, LAB_3, C, D);
        }

        @Test
        void edgeKindsLimitWhatIsFollowed() {
            assertThat(neighbourhood(LAB_1, 2, Map.of("edgeKinds", List.of("PARTNER_OF", "RUNS"))))
                    .containsExactlyInAnyOrder(LAB_1, A, B, PROJECT, LAB_2);
        }

        @Test
        void nodeKindsLimitWhatIsReachedAndPassedThrough() {
            assertThat(neighbourhood(LAB_1, 2, Map.of("nodeKinds", List.of("INSTITUTION"))))
                    .containsExactlyInAnyOrder(LAB_1, A, B, C, D);
        }

        @Test
        void fieldsKeepNodesInThoseFieldsAndNodesWithoutAField() {
            assertThat(neighbourhood(A, 1, Map.of("fields", List.of(HEALTH))))
                    .containsExactlyInAnyOrder(A, "country:ZZN", LAB_2, B, C);
        }

        @Test
        void asOfLeavesOutWhatDidNotYetExist() {
            assertThat(neighbourhood(C, 1, Map.of())).containsExactlyInAnyOrder(C, "country:ZZN", LAB_2, LAB_3, A, D);
            assertThat(neighbourhood(C, 1, Map.of("asOf", "2019-01-01"))).containsExactlyInAnyOrder(C, "country:ZZN", LAB_2, A);
        }

        @Test
        void aCapThatCutsSaysSoAndKeepsTheNearestNodes() {
            GraphQlTester.Response cut = request(LAB_1, 2, Map.of("limit", 10));
            cut.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(true);
            cut.path("neighbourhood.nodes[*].id").entityList(String.class).satisfies(found ->
                    assertThat(found).hasSize(10).contains(LAB_1, A, B, PROJECT, ENERGY));
        }

        @Test
        void aCapThatFitsExactlyDoesNotClaimToCut() {
            GraphQlTester.Response fits = request(LAB_1, 2, Map.of("limit", 11));
            fits.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(false);
            fits.path("neighbourhood.nodes").entityList(Map.class).hasSize(11);
        }

        @Test
        void edgesAreThoseBetweenTheNodesKept() {
            GraphQlTester.Response response = request(LAB_1, 1, Map.of());
            response.path("neighbourhood.edges[*].id").entityList(String.class).satisfies(edges -> assertThat(edges)
                    .containsExactlyInAnyOrder(A + "-PARTNER_OF->" + LAB_1, B + "-PARTNER_OF->" + LAB_1,
                            LAB_1 + "-RUNS->" + PROJECT, LAB_1 + "-IN_FIELD->" + ENERGY, PROJECT + "-IN_FIELD->" + ENERGY,
                            B + "-PARTICIPATES_IN->" + PROJECT, A + "-COOPERATES_WITH->" + B));
        }

        @Test
        void badDepthLimitOrIdAreClearErrors() {
            expectBadInput(request(LAB_1, 9, Map.of()), "depth");
            expectBadInput(request(LAB_1, 0, Map.of()), "depth");
            expectBadInput(request(LAB_1, 1, Map.of("limit", -1)), "limit");
            request("lab:nowhere", 1, Map.of()).errors().satisfy(errors -> assertThat(errors).singleElement()
                    .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
        }

        @Test
        void anUnknownKindInAVariableIsBadInputWithACode() {
            request(LAB_1, 1, Map.of("nodeKinds", List.of("SPACESHIP"))).errors().satisfy(errors ->
                    assertThat(errors).singleElement().satisfies(error ->
                            assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
        }

        private List<String> neighbourhood(String id, int depth, Map<String, Object> variables) {
            return request(id, depth, variables).path("neighbourhood.nodes[*].id").entityList(String.class).get();
        }

        private GraphQlTester.Response request(String id, int depth, Map<String, Object> variables) {
            var request = graphQl.documentName("neighbourhood").variable("id", id).variable("depth", depth);
            variables.forEach(request::variable);
            return request.execute();
        }
    }

    @Nested
    class Paths {

        @Test
        void theShortestPathUsesDerivedCooperationAndHasTwoEqualAlternatives() {
            GraphQlTester.Response response = paths(A, D, Map.of());
            response.path("shortestPath.length").entity(Integer.class).isEqualTo(2);
            response.path("shortestPaths[*].nodeIds").entityList(List.class).satisfies(paths -> assertThat(paths)
                    .containsExactlyInAnyOrder(List.of(A, B, D), List.of(A, C, D)));
        }

        @Test
        void withoutDerivedEdgesThePathGoesThroughTheLabAndItsProject() {
            GraphQlTester.Response response = paths(A, D, Map.of("edgeKinds", FACTS_ONLY));
            response.path("shortestPath.nodeIds").entityList(String.class).containsExactly(A, LAB_1, PROJECT, D);
            response.path("shortestPaths").entityList(Map.class).hasSize(1);
            response.path("shortestPath.subgraph.edges[*].id").entityList(String.class).containsExactly(
                    A + "-PARTNER_OF->" + LAB_1, LAB_1 + "-RUNS->" + PROJECT, D + "-PARTICIPATES_IN->" + PROJECT);
        }

        @Test
        void viaAllowsOnlyThoseKindsBetweenTheEnds() {
            GraphQlTester.Response response = paths(A, D, Map.of("edgeKinds", FACTS_ONLY, "via", List.of("JOINT_LAB", "INSTITUTION")));
            response.path("shortestPath.nodeIds").entityList(String.class).containsExactly(A, LAB_2, C, LAB_3, D);
        }

        @Test
        void kShortestPathsComeShortestFirst() {
            GraphQlTester.Response response = paths(A, D, Map.of("edgeKinds", FACTS_ONLY, "k", 4));
            List<Integer> lengths = response.path("kShortestPaths[*].length").entityList(Integer.class).get();
            assertThat(lengths).hasSize(4).isSorted().first().isEqualTo(3);
            response.path("kShortestPaths[0].nodeIds").entityList(String.class).containsExactly(A, LAB_1, PROJECT, D);
        }

        @Test
        void noPathWithinMaxHopsIsAnEmptyAnswerNotAnError() {
            GraphQlTester.Response response = paths(A, D, Map.of("edgeKinds", FACTS_ONLY, "maxHops", 2));
            response.errors().verify();
            response.path("shortestPath").valueIsNull();
            response.path("shortestPaths").entityList(Map.class).hasSize(0);
        }

        @Test
        void noPathBetweenUnconnectedPartsIsEmptyToo() {
            GraphQlTester.Response response = paths(A, "country:KE", Map.of("maxHops", 8));
            response.errors().verify();
            response.path("shortestPath").valueIsNull();
        }

        @Test
        void fromAndToTheSameNodeIsTheEmptyPath() {
            GraphQlTester.Response response = paths(A, A, Map.of());
            response.path("shortestPath.length").entity(Integer.class).isEqualTo(0);
            response.path("shortestPath.nodeIds").entityList(String.class).containsExactly(A);
        }

        @Test
        void badKMaxHopsAndIdsAreClearErrors() {
            expectBadInput(graphQl.documentName("kShortestPaths").variable("from", A).variable("to", D).variable("k", 0).execute(), "k");
            expectBadInput(graphQl.documentName("kShortestPaths").variable("from", A).variable("to", D).variable("k", 11).execute(), "k");
            paths(A, "ror:nowhere", Map.of()).errors().satisfy(errors -> assertThat(errors).isNotEmpty()
                    .allSatisfy(error -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
            paths(A, D, Map.of("maxHops", 9)).errors().satisfy(errors -> assertThat(errors).isNotEmpty()
                    .allSatisfy(error -> assertThat(error.getExtensions()).containsEntry("argument", "maxHops")));
        }

    }

    @Nested
    class RegionQuestions {

        @Test
        void labsWithPartnersInBothRegionsConnectThemWithEvidence() {
            GraphQlTester.Response response = connecting(Map.of());
            response.path("connectingLabs.links[*].node.id").entityList(String.class).containsExactly(LAB_1, LAB_3);
            response.path("connectingLabs.links[0].sideA[*].institution.id").entityList(String.class).containsExactly(A);
            response.path("connectingLabs.links[0].sideA[0].country.id").entity(String.class).isEqualTo("country:ZZN");
            response.path("connectingLabs.links[0].sideA[0].role").entity(String.class).isEqualTo("lead");
            response.path("connectingLabs.links[0].sideB[*].institution.id").entityList(String.class).containsExactly(B);
            response.path("connectingLabs.totalCount").entity(Integer.class).isEqualTo(2);
        }

        @Test
        void aLabWithPartnersInOnlyOneRegionDoesNotConnect() {
            connecting(Map.of()).path("connectingLabs.links[*].node.id").entityList(String.class).doesNotContain(LAB_2);
        }

        @Test
        void asOfAndFieldNarrowTheLinks() {
            connecting(Map.of("asOf", "2019-01-01")).path("connectingLabs.links[*].node.id").entityList(String.class)
                    .containsExactly(LAB_1);
            connecting(Map.of("field", HEALTH)).path("connectingLabs.totalCount").entity(Integer.class).isEqualTo(0);
        }

        @Test
        void aProjectWithBothParticipantsInOneRegionDoesNotConnect() {
            connecting(Map.of("kind", "PROJECT")).path("connectingLabs.totalCount").entity(Integer.class).isEqualTo(0);
        }

        @Test
        void institutionsConnectThroughTheirDerivedCooperation() {
            GraphQlTester.Response response = connecting(Map.of("kind", "INSTITUTION"));
            response.path("connectingLabs.links[*].node.id").entityList(String.class).containsExactly(A, C);
            response.path("connectingLabs.links[0].sideB[*].institution.id").entityList(String.class).containsExactly(B);
        }

        @Test
        void firstCutsTheLinksAndSaysSo() {
            GraphQlTester.Response response = connecting(Map.of("first", 1));
            response.path("connectingLabs.links").entityList(Map.class).hasSize(1);
            response.path("connectingLabs.truncated").entity(Boolean.class).isEqualTo(true);
            response.path("connectingLabs.totalCount").entity(Integer.class).isEqualTo(2);
        }

        @Test
        void theEvidenceIsDrawnAsASubgraph() {
            GraphQlTester.Response response = connecting(Map.of());
            response.path("connectingLabs.subgraph.nodes[*].id").entityList(String.class).satisfies(nodes -> assertThat(nodes)
                    .containsExactlyInAnyOrder(NORTH, SOUTH, LAB_1, LAB_3, A, B, C, D, "country:ZZN", "country:ZZS"));
            response.path("connectingLabs.subgraph.edges[*].id").entityList(String.class)
                    .contains(A + "-PARTNER_OF->" + LAB_1, A + "-LOCATED_IN->country:ZZN", "country:ZZN-IN_REGION->" + NORTH);
        }

        @Test
        void theMatrixCountsWhatTiesEachPairOfRegions() {
            GraphQlTester.Response response = graphQl.documentName("regionMatrix").variable("regions", List.of(NORTH, SOUTH)).execute();
            response.path("regionMatrix.cells[*].regionB.id").entityList(String.class).containsExactly(NORTH, SOUTH, SOUTH);
            Map<String, Object> northSouth = cell(response, NORTH, SOUTH);
            assertThat(northSouth).containsEntry("labs", 2).containsEntry("projects", 0).containsEntry("agreements", 0)
                    .containsEntry("weight", 2);
            response.path("regionMatrix.subgraph.edges[?(@.id == '%s-COOPERATES_WITH->%s')].properties.weight".formatted(NORTH, SOUTH))
                    .entityList(Integer.class).containsExactly(2);
        }

        @Test
        void unknownOrTooFewRegionsAreClearErrors() {
            expectBadInput(connectingRequest("region:NOWHERE", SOUTH, Map.of()).execute(), "regionA");
            expectBadInput(connectingRequest(NORTH, SOUTH, Map.of("kind", "COUNTRY")).execute(), "kind");
            expectBadInput(graphQl.documentName("regionMatrix").variable("regions", List.of(NORTH)).execute(), "regions");
            expectBadInput(graphQl.documentName("regionMatrix").variable("regions", List.of(NORTH, "region:NOWHERE")).execute(),
                    "regions");
            expectBadInput(graphQl.documentName("regionMatrix").variable("regions", List.of(NORTH, SOUTH)).variable("kind", "FIELD")
                    .execute(), "kind");
        }

        private GraphQlTester.Response connecting(Map<String, Object> variables) {
            return connectingRequest(NORTH, SOUTH, variables).execute();
        }
    }

    /** What a path means: which edges it follows by default, what `via` and `asOf` allow, where `toIn` ends it. */
    @Nested
    class CooperationPaths {

        @Test
        void byDefaultTwoInstitutionsOfOneCountryAreNotConnectedThroughTheirCountry() {
            ask("shortestPath", C, G, Map.of()).path("shortestPath").valueIsNull();
            ask("shortestPath", C, G, Map.of("edgeKinds", List.of("LOCATED_IN")))
                    .path("shortestPath.nodeIds").entityList(String.class)
                    .containsExactly(C, "country:ZZN", G);
        }

        @Test
        void viaLeavesOutCooperationThatOnlyAProjectStandsFor() {
            // t-b~t-d stands for the project alone, which is not a JOINT_LAB.
            ask("shortestPaths", A, D, Map.of("via", List.of("JOINT_LAB", "INSTITUTION")))
                    .path("shortestPaths[*].nodeIds").entityList(List.class)
                    .containsExactly(List.of(A, C, D));
        }

        @Test
        void viaFollowsACooperationWhereWhatItStandsForIsOfAViaKind() {
            // t-b~t-d stands for the project: allowed with PROJECT, not with JOINT_LAB, where the way is through labs 1, 2, 3.
            ask("shortestPaths", B, D, Map.of("via", List.of("PROJECT", "INSTITUTION")))
                    .path("shortestPaths[*].nodeIds").entityList(List.class)
                    .containsExactly(List.of(B, D));
            ask("shortestPaths", B, D, Map.of("via", List.of("JOINT_LAB", "INSTITUTION")))
                    .path("shortestPaths[*].nodeIds").entityList(List.class)
                    .containsExactly(List.of(B, A, C, D));
        }

        @Test
        void toInACountryEndsAtEachNearestInstitutionLocatedThere() {
            GraphQlTester.Response response = ask("shortestPaths", LAB_2, null, Map.of("toIn", "country:ZZS"));
            response.path("shortestPaths[*].length").entityList(Integer.class).containsExactly(2, 2);
            response.path("shortestPaths[*].nodeIds").entityList(List.class).satisfies(paths -> assertThat(paths)
                    .containsExactlyInAnyOrder(List.of(LAB_2, A, B), List.of(LAB_2, C, D)));
        }

        @Test
        void toInARegionEndsAtAnInstitutionInAnyOfItsCountries() {
            ask("shortestPaths", G, null, Map.of("toIn", NORTH)).path("shortestPaths[*].nodeIds").entityList(List.class)
                    .containsExactly(List.of(G, E));
        }

        @Test
        void toInNeverEndsWhereThePathStarts() {
            // t-a is in ZZN itself; the nearest other institution there is t-c, through lab 2.
            ask("shortestPaths", A, null, Map.of("toIn", "country:ZZN")).path("shortestPaths[*].nodeIds").entityList(List.class)
                    .containsExactly(List.of(A, C));
        }

        @Test
        void asOfFollowsOnlyCooperationThatExistedThen() {
            // 2019: lab 3 (t-c~t-d) is not open yet; 2023: it has closed; 2011: only lab 1 exists.
            ask("shortestPaths", A, D, Map.of("asOf", "2019-01-01")).path("shortestPaths[*].nodeIds").entityList(List.class)
                    .containsExactly(List.of(A, B, D));
            ask("shortestPaths", A, D, Map.of("asOf", "2023-06-01")).path("shortestPaths[*].nodeIds").entityList(List.class)
                    .containsExactly(List.of(A, B, D));
            ask("shortestPath", A, D, Map.of("asOf", "2011-01-01")).path("shortestPath").valueIsNull();
        }

        @Test
        void asOfAppliesToTheNodesOnTheWayToo() {
            // Through the facts, t-c reaches t-d only over lab 3, which was closed by 2023.
            List<String> labsAndPartners = List.of("PARTNER_OF");
            ask("shortestPath", C, D, Map.of("edgeKinds", labsAndPartners)).path("shortestPath.nodeIds").entityList(String.class)
                    .containsExactly(C, LAB_3, D);
            ask("shortestPath", C, D, Map.of("edgeKinds", labsAndPartners, "asOf", "2023-06-01"))
                    .path("shortestPath").valueIsNull();
        }

        @Test
        void asOfAppliesToACountryTarget() {
            ask("shortestPaths", LAB_2, null, Map.of("toIn", "country:ZZS", "asOf", "2019-01-01")).path("shortestPaths[*].nodeIds")
                    .entityList(List.class).containsExactly(List.of(LAB_2, A, B));
        }

        @Test
        void toAndToInAreOneOrTheOtherAndToInIsACountryOrRegion() {
            expectBadInput(graphQl.documentName("shortestPath").variable("from", A).execute(), "to");
            expectBadInput(graphQl.documentName("shortestPath").variable("from", A).variable("to", D)
                    .variable("toIn", "country:ZZS").execute(), "toIn");
            expectBadInput(graphQl.documentName("shortestPath").variable("from", A).variable("toIn", D).execute(), "toIn");
            expectBadInput(graphQl.documentName("shortestPath").variable("from", A).variable("toIn", "country:NOWHERE").execute(),
                    "toIn");
        }

        @Test
        void maxHopsBoundsThePathToACountryTargetWithoutItsLastStepIntoTheCountry() {
            ask("shortestPath", LAB_2, null, Map.of("toIn", "country:ZZS", "maxHops", 1)).path("shortestPath").valueIsNull();
            ask("shortestPath", LAB_2, null, Map.of("toIn", SOUTH, "maxHops", 2))
                    .path("shortestPath.length").entity(Integer.class).isEqualTo(2);
        }
    }

    /** The one rule of what connects two regions, where regions overlap and for a region with itself. */
    @Nested
    class OverlapsAndTheDiagonal {

        @Test
        void theDiagonalCountsWhatJoinsTwoCountriesOfTheRegion() {
            GraphQlTester.Response response = graphQl.documentName("regionMatrix").variable("regions", List.of(NORTH, SOUTH, WIDE))
                    .execute();
            // Lab 4 and the agreement join ZZN and ZZE; lab 2 joins two institutions of ZZN only.
            assertThat(cell(response, NORTH, NORTH)).containsEntry("labs", 1).containsEntry("agreements", 1)
                    .containsEntry("projects", 0).containsEntry("weight", 2);
            // The project's two participants are both in ZZS.
            assertThat(cell(response, SOUTH, SOUTH)).containsEntry("labs", 0).containsEntry("projects", 0).containsEntry("weight", 0);
            assertThat(cell(response, WIDE, WIDE)).containsEntry("labs", 2).containsEntry("agreements", 0);
            response.path("regionMatrix.subgraph.edges[*].id").entityList(String.class)
                    .contains(NORTH + "-COOPERATES_WITH->" + NORTH).doesNotContain(SOUTH + "-COOPERATES_WITH->" + SOUTH);
        }

        @Test
        void aRegionWithItselfIsConnectedByTwoOfItsCountries() {
            GraphQlTester.Response labs = connectingRequest(NORTH, NORTH, Map.of()).execute();
            labs.path("connectingLabs.links[*].node.id").entityList(String.class).containsExactly(LAB_4);
            labs.path("connectingLabs.links[0].sideA[*].institution.id").entityList(String.class).containsExactly(E, G);
            GraphQlTester.Response agreements = connectingRequest(NORTH, NORTH, Map.of("kind", "AGREEMENT")).execute();
            agreements.path("connectingLabs.links[*].node.id").entityList(String.class).containsExactly(AGREEMENT);
            agreements.path("connectingLabs.links[0].sideA[*].country.id").entityList(String.class)
                    .containsExactly("country:ZZE", "country:ZZN");
            agreements.path("connectingLabs.links[0].sideA[0].institution").valueIsNull();
            agreements.path("connectingLabs.subgraph.edges[*].id").entityList(String.class)
                    .contains("country:ZZE-SIGNED->" + AGREEMENT, "country:ZZN-IN_REGION->" + NORTH);
        }

        @Test
        void overlappingRegionsAreNotConnectedByOneCountryInBoth() {
            // ZZN is in NORTH and in WIDE: lab 2 (two institutions of ZZN) does not connect them.
            connectingRequest(NORTH, WIDE, Map.of()).execute().path("connectingLabs.links[*].node.id").entityList(String.class)
                    .containsExactly(LAB_1, LAB_3, LAB_4);
            // t-g (ZZN) is in both too, and its lab 4 partner t-e is not in WIDE: t-g does not connect NORTH to WIDE.
            connectingRequest(NORTH, WIDE, Map.of("kind", "INSTITUTION")).execute()
                    .path("connectingLabs.links[*].node.id").entityList(String.class).containsExactly(A, C, E);
        }

        @Test
        void everyCellCountsWhatConnectingLabsListsForThePair() {
            GraphQlTester.Response matrix = graphQl.documentName("regionMatrix").variable("regions", List.of(NORTH, SOUTH, WIDE))
                    .execute();
            for (List<String> pair : List.of(List.of(NORTH, NORTH), List.of(NORTH, SOUTH), List.of(NORTH, WIDE),
                    List.of(SOUTH, SOUTH), List.of(SOUTH, WIDE), List.of(WIDE, WIDE))) {
                Map<String, Object> cell = cell(matrix, pair.get(0), pair.get(1));
                for (Map.Entry<String, String> column : Map.of("labs", "JOINT_LAB", "projects", "PROJECT", "agreements", "AGREEMENT")
                        .entrySet()) {
                    connectingRequest(pair.get(0), pair.get(1), Map.of("kind", column.getValue())).execute()
                            .path("connectingLabs.totalCount").entity(Integer.class).isEqualTo((Integer) cell.get(column.getKey()));
                }
            }
        }
    }

    @Nested
    class OnTheSampleNetwork {

        @Test
        void everyNeighbourhoodEdgeJoinsNodesOfTheSameSubgraph() {
            for (String center : List.of("lab:0001", "country:KE", "ror:03cve4549", "region:ASEAN")) {
                Map<String, Object> subgraph = graphQl.documentName("neighbourhood").variable("id", center).variable("depth", 2)
                        .variable("limit", 300).execute().path("neighbourhood").entity(Map.class).get();
                assertDrawable(subgraph);
            }
        }

        @Test
        void truncatedIsTrueExactlyWhenTheCapCutSomething() {
            int all = graphQl.documentName("neighbourhood").variable("id", "lab:0001").variable("depth", 2).variable("limit", 5000)
                    .execute().path("neighbourhood.nodes").entityList(Map.class).get().size();
            assertThat(all).isLessThan(5000);
            for (int limit : List.of(all - 1, all, all + 1)) {
                GraphQlTester.Response response = graphQl.documentName("neighbourhood").variable("id", "lab:0001")
                        .variable("depth", 2).variable("limit", limit).execute();
                response.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(limit < all);
                response.path("neighbourhood.nodes").entityList(Map.class).hasSize(Math.min(limit, all));
            }
        }

        @Test
        void pathsAndConnectionsAreDrawableToo() {
            assertDrawable(graphQl.documentName("paths").variable("from", RARE_EARTH_LAB).variable("to", KOITALEEL).execute()
                    .path("shortestPath.subgraph").entity(Map.class).get());
            assertDrawable(graphQl.documentName("connectingLabs").variable("regionA", "region:M49-142").variable("regionB", "region:AU")
                    .execute().path("connectingLabs.subgraph").entity(Map.class).get());
            assertDrawable(graphQl.documentName("regionMatrix").variable("regions", List.of("region:ASEAN", "region:AU", "region:EU"))
                    .execute().path("regionMatrix.subgraph").entity(Map.class).get());
        }

        @Test
        void connectingEvidenceReallySitsInEachRegion() {
            GraphQlTester.Response response = graphQl.documentName("connectingLabs").variable("regionA", "region:M49-142")
                    .variable("regionB", "region:AU").execute();
            List<String> asian = countriesOf("region:M49-142");
            List<String> african = countriesOf("region:AU");
            response.path("connectingLabs.links[*].sideA[*].country.id").entityList(String.class)
                    .satisfies(countries -> assertThat(asian).containsAll(countries));
            response.path("connectingLabs.links[*].sideB[*].country.id").entityList(String.class)
                    .satisfies(countries -> assertThat(african).containsAll(countries));
            response.path("connectingLabs.totalCount").entity(Integer.class).satisfies(total -> assertThat(total).isPositive());
        }

        @Test
        void whereAfricaAndTheAfricanUnionOverlapTheMatrixCountsWhatConnectingLabsLists() {
            GraphQlTester.Response matrix = graphQl.documentName("regionMatrix").variable("regions", List.of(AFRICAN_UNION, AFRICA))
                    .execute();
            Map<String, Object> cell = cell(matrix, AFRICAN_UNION, AFRICA);
            for (Map.Entry<String, String> column : Map.of("labs", "JOINT_LAB", "projects", "PROJECT", "parks", "INDUSTRIAL_PARK",
                    "demoCenters", "DEMO_CENTER", "transferCenters", "TRANSFER_CENTER", "agreements", "AGREEMENT").entrySet()) {
                graphQl.documentName("connectingLabs").variable("regionA", AFRICAN_UNION).variable("regionB", AFRICA)
                        .variable("kind", column.getValue()).variable("first", 500).execute()
                        .path("connectingLabs.totalCount").entity(Integer.class)
                        .satisfies(total -> assertThat(total).as(column.getKey()).isEqualTo(cell.get(column.getKey())));
            }
            assertThat((Integer) cell.get("labs")).isPositive();
        }

        @Test
        void everyLinkBetweenOverlappingRegionsJoinsTwoCountries() {
            List<String> african = countriesOf(AFRICA);
            List<String> union = countriesOf(AFRICAN_UNION);
            List<Map<String, Object>> links = graphQl.documentName("connectingLabs").variable("regionA", AFRICAN_UNION)
                    .variable("regionB", AFRICA).variable("kind", "PROJECT").variable("first", 500).execute()
                    .path("connectingLabs.links").entityList(new ParameterizedTypeReference<Map<String, Object>>() {
                    }).get();
            assertThat(links).isNotEmpty().allSatisfy(link -> {
                List<String> sideA = countryIds(link.get("sideA"));
                List<String> sideB = countryIds(link.get("sideB"));
                assertThat(union).containsAll(sideA);
                assertThat(african).containsAll(sideB);
                assertThat(sideA.stream().anyMatch(a -> sideB.stream().anyMatch(b -> !a.equals(b)))).isTrue();
            });
        }

        @Test
        void byDefaultPekingUniversityAndNairobiAreNotJoinedThroughTheirCountriesAgreement() {
            // In the graph they are four steps apart: PKU, China, a China-Kenya agreement, Kenya, Nairobi.
            ask("shortestPath", PEKING, NAIROBI, Map.of("edgeKinds", List.of(EdgeKind.values())))
                    .path("shortestPath.subgraph.edges[*].kind")
                    .entityList(String.class).contains("LOCATED_IN", "SIGNED");
            // Neither takes part in any lab, project, park or centre of the sample network...
            assertThat(participations(PEKING) + participations(NAIROBI)).isZero();
            // ...so by default, following cooperation only, there is no path at all.
            ask("shortestPath", PEKING, NAIROBI, Map.of("maxHops", 8)).path("shortestPath").valueIsNull();
            ask("kShortestPaths", PEKING, NAIROBI, Map.of("maxHops", 8)).path("kShortestPaths").entityList(Map.class).hasSize(0);
        }

        @Test
        void everyStepOfADefaultPathIsCooperationBackedByTheFacts() {
            // A unit of Peking University to one of the University of Nairobi (both PART_OF them in ROR).
            GraphQlTester.Response response = ask("shortestPath", RARE_EARTH_LAB, KOITALEEL, Map.of());
            List<String> nodes = response.path("shortestPath.nodeIds").entityList(String.class).get();
            List<String> kinds = response.path("shortestPath.subgraph.edges[*].kind").entityList(String.class).get();
            assertThat(nodes).startsWith(RARE_EARTH_LAB).endsWith(KOITALEEL);
            assertThat(kinds).isNotEmpty().allMatch(COOPERATION::contains);
            for (int i = 0; i + 1 < nodes.size(); i++) {
                if (kinds.get(i).equals("COOPERATES_WITH")) {
                    assertThat(shareSomething(nodes.get(i), nodes.get(i + 1))).as(nodes.get(i) + " ~ " + nodes.get(i + 1)).isTrue();
                }
            }
            ask("kShortestPaths", RARE_EARTH_LAB, KOITALEEL, Map.of("k", 5)).path("kShortestPaths[*].subgraph.edges[*].kind")
                    .entityList(String.class).satisfies(all -> assertThat(all).isNotEmpty().allMatch(COOPERATION::contains));
        }

        @Test
        void theNearestPartnerInKenyaIsAKenyanInstitution() {
            GraphQlTester.Response response = ask("shortestPath", RARE_EARTH_LAB, null, Map.of("toIn", "country:KE"));
            List<String> nodes = response.path("shortestPath.nodeIds").entityList(String.class).get();
            assertThat(countryOf(nodes.get(nodes.size() - 1))).isEqualTo("country:KE");
            assertThat(nodes.subList(0, nodes.size() - 1)).noneMatch(id -> "country:KE".equals(countryOf(id)));
            response.path("shortestPath.subgraph.edges[*].kind").entityList(String.class)
                    .satisfies(kinds -> assertThat(kinds).allMatch(COOPERATION::contains));
        }

        private long participations(String institution) {
            try (var session = driver.session()) {
                return session.run("MATCH (:Institution {id: $id})-[p:PARTNER_OF|PARTICIPATES_IN|OPERATES]->() RETURN count(p) AS n",
                        Map.of("id", institution)).single().get("n").asLong();
            }
        }

        private boolean shareSomething(String a, String b) {
            try (var session = driver.session()) {
                return session.run("""
                        MATCH (:Institution {id: $a})-[:PARTNER_OF|PARTICIPATES_IN|OPERATES]->(x)
                              <-[:PARTNER_OF|PARTICIPATES_IN|OPERATES]-(:Institution {id: $b})
                        RETURN count(x) > 0 AS shared""", Map.of("a", a, "b", b)).single().get("shared").asBoolean();
            }
        }

        private String countryOf(String institution) {
            try (var session = driver.session()) {
                return session.run("OPTIONAL MATCH (:Institution {id: $id})-[:LOCATED_IN]->(c:Country) RETURN c.id AS id",
                        Map.of("id", institution)).single().get("id").asString(null);
            }
        }

        @SuppressWarnings("unchecked")
        private static List<String> countryIds(Object side) {
            return ((List<Map<String, Object>>) side).stream()
                    .map(entry -> (String) ((Map<String, Object>) entry.get("country")).get("id")).toList();
        }

        private List<String> countriesOf(String region) {
            try (var session = driver.session()) {
                return session.run("MATCH (:Region {id: $id})<-[:IN_REGION]-(c:Country) RETURN c.id AS id", Map.of("id", region))
                        .list(row -> row.get("id").asString());
            }
        }

        @SuppressWarnings("unchecked")
        private void assertDrawable(Map<String, Object> subgraph) {
            var nodes = (List<Map<String, Object>>) subgraph.get("nodes");
            var edges = (List<Map<String, Object>>) subgraph.get("edges");
            Set<Object> nodeIds = nodes.stream().map(node -> node.get("id")).collect(Collectors.toSet());
            assertThat(nodeIds).hasSize(nodes.size());
            assertThat(edges).allSatisfy(edge -> assertThat(nodeIds).contains(edge.get("source"), edge.get("target")));
            assertThat(edges.stream().map(edge -> edge.get("id"))).doesNotHaveDuplicates();
        }
    }

    private GraphQlTester.Response paths(String from, String to, Map<String, Object> variables) {
        return ask("paths", from, to, variables);
    }

    /** A path document: one field each where it can be, since each new shape of a path query is planned cold. */
    private GraphQlTester.Response ask(String document, String from, String to, Map<String, Object> variables) {
        var request = graphQl.documentName(document).variable("from", from);
        if (to != null) {
            request.variable("to", to);
        }
        variables.forEach(request::variable);
        return request.execute();
    }

    private GraphQlTester.Request<?> connectingRequest(String regionA, String regionB, Map<String, Object> variables) {
        var request = graphQl.documentName("connectingLabs").variable("regionA", regionA).variable("regionB", regionB);
        variables.forEach(request::variable);
        return request;
    }

    /** The matrix cell of two regions, whichever way round the answer has them. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> cell(GraphQlTester.Response matrix, String regionA, String regionB) {
        List<Map<String, Object>> cells = matrix.path("regionMatrix.cells").entityList(
                new ParameterizedTypeReference<Map<String, Object>>() {
                }).get();
        return cells.stream().filter(cell -> {
            String a = (String) ((Map<String, Object>) cell.get("regionA")).get("id");
            String b = (String) ((Map<String, Object>) cell.get("regionB")).get("id");
            return a.equals(regionA) && b.equals(regionB) || a.equals(regionB) && b.equals(regionA);
        }).findFirst().orElseThrow(() -> new AssertionError("no cell for " + regionA + " x " + regionB));
    }

    private static NodeRow node(Kind kind, String id, String name, Map<String, Object> properties) {
        var named = new HashMap<String, Object>(properties);
        named.put("name", name);
        return SmallGraph.node(PathsAndRegionsTest.class, kind, id, named);
    }

    private static EdgeRow edge(EdgeKind kind, String from, String to, Map<String, Object> properties) {
        return SmallGraph.edge(PathsAndRegionsTest.class, kind, from, to, properties);
    }
}
