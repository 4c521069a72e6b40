package org.innograph;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.innograph.ingest.EdgeRow;
import org.innograph.ingest.GraphWriter;
import org.innograph.ingest.NodeRow;
import org.innograph.ingest.Progress;
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
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innograph.NetworkApiTest.expectBadInput;

/**
 * Paths, neighbourhoods and region questions, first on a small graph of its own whose answers can be
 * worked out on paper, then on the sample network for the invariants of every drawn answer.
 *
 * <pre>
 *  region:T-NORTH            region:T-SOUTH
 *     country:ZZN                country:ZZS
 *   ror:t-a   ror:t-c       ror:t-b   ror:t-d       (institutions, LOCATED_IN their country)
 *
 *  lab:t-1 (energy, 2010)      partners t-a (lead), t-b     RUNS project:t-p1
 *  lab:t-2 (health, 2015)      partners t-a (lead), t-c
 *  lab:t-3 (energy, 2020-06-01 .. 2022-12-31)  partners t-c (lead), t-d
 *  project:t-p1 (energy, 2012) participants t-b (lead), t-d
 *
 *  derived COOPERATES_WITH: t-a~t-b (lab 1), t-a~t-c (lab 2), t-c~t-d (lab 3, since 2020), t-b~t-d (project)
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathsAndRegionsTest extends IntegrationTest {

    private static final String A = "ror:t-a";
    private static final String B = "ror:t-b";
    private static final String C = "ror:t-c";
    private static final String D = "ror:t-d";
    private static final String LAB_1 = "lab:t-1";
    private static final String LAB_2 = "lab:t-2";
    private static final String LAB_3 = "lab:t-3";
    private static final String PROJECT = "project:t-p1";
    private static final String NORTH = "region:T-NORTH";
    private static final String SOUTH = "region:T-SOUTH";
    private static final String ENERGY = "field:t-energy";
    private static final String HEALTH = "field:t-health";
    private static final List<EdgeKind> FACTS_ONLY = List.of(EdgeKind.PARTNER_OF, EdgeKind.PARTICIPATES_IN, EdgeKind.RUNS,
            EdgeKind.LOCATED_IN, EdgeKind.IN_REGION, EdgeKind.IN_FIELD);

    @Autowired
    GraphWriter writer;

    @Autowired
    Driver driver;

    private List<String> ids;

    @BeforeAll
    void writeTheSmallGraph(@Autowired SampleNetworkStatus status) throws InterruptedException {
        status.awaitLoaded(Duration.ofMinutes(5));
        List<NodeRow> nodes = List.of(
                node(Kind.REGION, NORTH, "Test North", Map.of("code", "T-NORTH", "regionKind", "bloc")),
                node(Kind.REGION, SOUTH, "Test South", Map.of("code", "T-SOUTH", "regionKind", "bloc")),
                node(Kind.COUNTRY, "country:ZZN", "Testland North", Map.of("iso2", "ZN", "iso3", "ZZN", "sovereign", true)),
                node(Kind.COUNTRY, "country:ZZS", "Testland South", Map.of("iso2", "ZS", "iso3", "ZZS", "sovereign", true)),
                node(Kind.INSTITUTION, A, "Test Institute A", Map.of("rorId", "t-a", "types", List.of("education"))),
                node(Kind.INSTITUTION, B, "Test Institute B", Map.of("rorId", "t-b", "types", List.of("education"))),
                node(Kind.INSTITUTION, C, "Test Institute C", Map.of("rorId", "t-c", "types", List.of("facility"))),
                node(Kind.INSTITUTION, D, "Test Institute D", Map.of("rorId", "t-d", "types", List.of("facility"))),
                node(Kind.FIELD, ENERGY, "Test energy", Map.of("code", "t-energy")),
                node(Kind.FIELD, HEALTH, "Test health", Map.of("code", "t-health")),
                node(Kind.JOINT_LAB, LAB_1, "Test Lab 1", Map.of("since", LocalDate.of(2010, 1, 1))),
                node(Kind.JOINT_LAB, LAB_2, "Test Lab 2", Map.of("since", LocalDate.of(2015, 1, 1))),
                node(Kind.JOINT_LAB, LAB_3, "Test Lab 3", Map.of("since", LocalDate.of(2020, 6, 1), "until", LocalDate.of(2022, 12, 31))),
                node(Kind.PROJECT, PROJECT, "Test Project", Map.of("status", "completed", "since", LocalDate.of(2012, 1, 1))));
        List<EdgeRow> edges = List.of(
                edge(EdgeKind.IN_REGION, "country:ZZN", NORTH, Map.of()),
                edge(EdgeKind.IN_REGION, "country:ZZS", SOUTH, Map.of()),
                edge(EdgeKind.LOCATED_IN, A, "country:ZZN", Map.of()),
                edge(EdgeKind.LOCATED_IN, C, "country:ZZN", Map.of()),
                edge(EdgeKind.LOCATED_IN, B, "country:ZZS", Map.of()),
                edge(EdgeKind.LOCATED_IN, D, "country:ZZS", Map.of()),
                edge(EdgeKind.PARTNER_OF, A, LAB_1, Map.of("role", "lead", "since", LocalDate.of(2010, 1, 1))),
                edge(EdgeKind.PARTNER_OF, B, LAB_1, Map.of("role", "partner", "since", LocalDate.of(2010, 1, 1))),
                edge(EdgeKind.PARTNER_OF, A, LAB_2, Map.of("role", "lead", "since", LocalDate.of(2015, 1, 1))),
                edge(EdgeKind.PARTNER_OF, C, LAB_2, Map.of("role", "partner", "since", LocalDate.of(2015, 1, 1))),
                edge(EdgeKind.PARTNER_OF, C, LAB_3, Map.of("role", "lead", "since", LocalDate.of(2020, 6, 1))),
                edge(EdgeKind.PARTNER_OF, D, LAB_3, Map.of("role", "partner", "since", LocalDate.of(2020, 6, 1))),
                edge(EdgeKind.PARTICIPATES_IN, B, PROJECT, Map.of("role", "lead", "since", LocalDate.of(2012, 1, 1))),
                edge(EdgeKind.PARTICIPATES_IN, D, PROJECT, Map.of("role", "partner", "since", LocalDate.of(2012, 1, 1))),
                edge(EdgeKind.RUNS, LAB_1, PROJECT, Map.of()),
                edge(EdgeKind.IN_FIELD, LAB_1, ENERGY, Map.of()),
                edge(EdgeKind.IN_FIELD, LAB_3, ENERGY, Map.of()),
                edge(EdgeKind.IN_FIELD, PROJECT, ENERGY, Map.of()),
                edge(EdgeKind.IN_FIELD, LAB_2, HEALTH, Map.of()));
        ids = nodes.stream().map(NodeRow::id).toList();
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id", Map.of("ids", ids)).list())
                    .as("the test graph's ids must not touch the shared sample network").isEmpty();
        }
        writer.writeNodes(nodes, Progress.NONE);
        writer.writeEdges(edges, Progress.NONE);
    }

    @AfterAll
    void removeTheSmallGraph() {
        try (var session = driver.session()) {
            session.run("MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n", Map.of("ids", ids)).consume();
        }
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

        private GraphQlTester.Response paths(String from, String to, Map<String, Object> variables) {
            var request = graphQl.documentName("paths").variable("from", from).variable("to", to);
            variables.forEach(request::variable);
            return request.execute();
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
            response.path("regionMatrix.cells").entityList(Map.class).hasSize(1);
            response.path("regionMatrix.cells[0].labs").entity(Integer.class).isEqualTo(2);
            response.path("regionMatrix.cells[0].projects").entity(Integer.class).isEqualTo(0);
            response.path("regionMatrix.cells[0].weight").entity(Integer.class).isEqualTo(2);
            response.path("regionMatrix.subgraph.edges[0].properties.weight").entity(Integer.class).isEqualTo(2);
        }

        @Test
        void unknownOrTooFewRegionsAreClearErrors() {
            expectBadInput(connectingRequest("region:NOWHERE", SOUTH, Map.of()).execute(), "regionA");
            expectBadInput(connectingRequest(NORTH, SOUTH, Map.of("kind", "COUNTRY")).execute(), "kind");
            expectBadInput(graphQl.documentName("regionMatrix").variable("regions", List.of(NORTH)).execute(), "regions");
            expectBadInput(graphQl.documentName("regionMatrix").variable("regions", List.of(NORTH, "region:NOWHERE")).execute(),
                    "regions");
        }

        private GraphQlTester.Response connecting(Map<String, Object> variables) {
            return connectingRequest(NORTH, SOUTH, variables).execute();
        }

        private GraphQlTester.Request<?> connectingRequest(String regionA, String regionB, Map<String, Object> variables) {
            var request = graphQl.documentName("connectingLabs").variable("regionA", regionA).variable("regionB", regionB);
            variables.forEach(request::variable);
            return request;
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
            assertDrawable(graphQl.documentName("paths").variable("from", "lab:0001").variable("to", "lab:0002").execute()
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

    private static NodeRow node(Kind kind, String id, String name, Map<String, Object> properties) {
        var all = new HashMap<String, Object>(properties);
        all.put("name", name);
        all.put("source", "PathsAndRegionsTest");
        all.put("asOf", LocalDate.of(2026, 1, 1));
        all.put("synthetic", true);
        return new NodeRow(kind, id, all);
    }

    private static EdgeRow edge(EdgeKind kind, String from, String to, Map<String, Object> properties) {
        var all = new HashMap<String, Object>(properties);
        all.put("source", "PathsAndRegionsTest");
        return new EdgeRow(kind, from, to, all);
    }
}
