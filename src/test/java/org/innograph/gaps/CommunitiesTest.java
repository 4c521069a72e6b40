package org.innograph.gaps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.innograph.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Components and Louvain communities: on Zachary's karate club (src/test/resources/karate/edges.csv), loaded as
 * a throw-away graph of its own label (:CommunityKarateMember, not :Entity) against the published Louvain
 * modularity and a modularity recomputed here from the partition; on a hand-made graph of two components; and
 * through GraphQL on the sample network.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommunitiesTest extends IntegrationTest {

    private static final String KARATE = "communities-karate-test";
    private static final String TWO_PARTS = "communities-two-parts-test";
    /**
     * Two components, by hand: a triangle a-b-c, and a square d-e-f-g with a tail g-h.
     */
    private static final String[][] TWO_PARTS_TIES = {{"a", "b"}, {"b", "c"}, {"c", "a"}, {"d", "e"}, {"e", "f"}, {"f", "g"},
            {"g", "d"}, {"g", "h"}};

    @Autowired
    Driver driver;

    @Autowired
    CommunityDetection detection;

    private int[][] karate;

    @BeforeAll
    void loadAndProjectTheGraphs() throws IOException {
        karate = new ClassPathResource("karate/edges.csv").getContentAsString(StandardCharsets.UTF_8).lines()
                .filter(line -> !line.startsWith("#") && !line.startsWith("source"))
                .map(line -> Arrays.stream(line.split(",")).mapToInt(Integer::parseInt).toArray()).toArray(int[][]::new);
        List<Map<String, Object>> karateRows = Arrays.stream(karate)
                .map(e -> Map.<String, Object>of("a", "karate:" + e[0], "b", "karate:" + e[1])).toList();
        List<Map<String, Object>> partRows = Arrays.stream(TWO_PARTS_TIES)
                .map(e -> Map.<String, Object>of("a", "part:" + e[0], "b", "part:" + e[1])).toList();
        try (var session = driver.session()) {
            session.run("UNWIND $rows AS row MERGE (a:CommunityKarateMember {id: row.a}) MERGE (b:CommunityKarateMember {id: row.b}) "
                    + "MERGE (a)-[:COMMUNITY_TEST_TIE]->(b)", Map.of("rows", karateRows)).consume();
            session.run("MATCH (a:CommunityKarateMember)-[:COMMUNITY_TEST_TIE]->(b:CommunityKarateMember) "
                    + "RETURN gds.graph.project($graph, a, b, {}, {undirectedRelationshipTypes: ['*']}).nodeCount AS nodes",
                    Map.of("graph", KARATE)).consume();
            session.run("UNWIND $rows AS row MERGE (a:CommunityPartNode {id: row.a}) MERGE (b:CommunityPartNode {id: row.b}) "
                    + "MERGE (a)-[:COMMUNITY_TEST_TIE]->(b)", Map.of("rows", partRows)).consume();
            session.run("MATCH (a:CommunityPartNode)-[:COMMUNITY_TEST_TIE]->(b:CommunityPartNode) "
                    + "RETURN gds.graph.project($graph, a, b, {}, {undirectedRelationshipTypes: ['*']}).nodeCount AS nodes",
                    Map.of("graph", TWO_PARTS)).consume();
        }
    }

    @AfterAll
    void dropTheGraphs() {
        try (var session = driver.session()) {
            for (String graph : List.of(KARATE, TWO_PARTS)) {
                session.run("CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName", Map.of("graph", graph)).consume();
            }
            session.run("MATCH (n) WHERE n:CommunityKarateMember OR n:CommunityPartNode DETACH DELETE n").consume();
        }
    }

    @Nested
    class KarateClub {

        @Test
        void louvainFindsTheClubsPublishedModularityOfAbout042() {
            CommunityDetection.Partition partition = detection.of(KARATE, () -> { });
            // Louvain's published results on the club lie between 0.4188 and 0.4198, the proven optimum
            // (Brandes et al. 2008), with four communities; the bounds leave 1e-4 for rounding.
            System.out.printf("Louvain on the karate club: modularity %.6f, %d communities, %d levels%n", partition.modularity(),
                    partition.members().stream().map(CommunityDetection.Member::community).distinct().count(), partition.levels());
            assertThat(partition.modularity()).isBetween(0.4187, 0.4199);
            assertThat(partition.members()).hasSize(34);
            assertThat(partition.members().stream().map(CommunityDetection.Member::community).distinct().count()).isEqualTo(4L);
        }

        @Test
        void theModularityReportedIsThatOfThePartitionReturnedTo1e6() {
            CommunityDetection.Partition partition = detection.of(KARATE, () -> { });
            Map<Integer, Long> community = partition.members().stream().collect(Collectors.toMap(
                    member -> Integer.parseInt(member.id().substring("karate:".length())), CommunityDetection.Member::community));
            assertThat(partition.modularity()).isCloseTo(modularity(34, karate, community), within(1e-6));
        }

        @Test
        void theSameGraphAlwaysGivesTheSamePartition() {
            Map<String, Long> first = communities(detection.of(KARATE, () -> { }));
            for (int run = 0; run < 3; run++) {
                assertThat(communities(detection.of(KARATE, () -> { }))).isEqualTo(first);
            }
        }

        @Test
        void degreesCountTheTiesAndInternalDegreesTheTiesInsideTheCommunity() {
            CommunityDetection.Partition partition = detection.of(KARATE, () -> { });
            Map<String, Long> community = communities(partition);
            var degree = new HashMap<String, Long>();
            var internal = new HashMap<String, Long>();
            for (int[] e : karate) {
                String a = "karate:" + e[0];
                String b = "karate:" + e[1];
                degree.merge(a, 1L, Long::sum);
                degree.merge(b, 1L, Long::sum);
                if (community.get(a).equals(community.get(b))) {
                    internal.merge(a, 1L, Long::sum);
                    internal.merge(b, 1L, Long::sum);
                }
            }
            assertThat(degree).containsEntry("karate:0", 16L).containsEntry("karate:33", 17L);
            for (CommunityDetection.Member member : partition.members()) {
                assertThat(member.degree()).as(member.id()).isEqualTo(degree.get(member.id()));
                assertThat(member.internalDegree()).as(member.id()).isEqualTo(internal.getOrDefault(member.id(), 0L));
            }
        }

        @Test
        void theClubIsOneComponent() {
            assertThat(detection.of(KARATE, () -> { }).members().stream().map(CommunityDetection.Member::component).distinct())
                    .hasSize(1);
        }
    }

    @Test
    void aGraphOfTwoComponentsByHandHasExactlyThoseTwo() {
        CommunityDetection.Partition partition = detection.of(TWO_PARTS, () -> { });
        Map<String, Long> component = partition.members().stream()
                .collect(Collectors.toMap(CommunityDetection.Member::id, CommunityDetection.Member::component));
        assertThat(component).hasSize(8);
        assertThat(List.of("part:b", "part:c")).allSatisfy(id -> assertThat(component.get(id)).isEqualTo(component.get("part:a")));
        assertThat(List.of("part:e", "part:f", "part:g", "part:h"))
                .allSatisfy(id -> assertThat(component.get(id)).isEqualTo(component.get("part:d")));
        assertThat(component.get("part:a")).isNotEqualTo(component.get("part:d"));
        // Louvain never puts members of two components in one community.
        for (CommunityDetection.Member a : partition.members()) {
            for (CommunityDetection.Member b : partition.members()) {
                if (a.community() == b.community()) {
                    assertThat(a.component()).as(a.id() + " and " + b.id()).isEqualTo(b.component());
                }
            }
        }
    }

    @Nested
    class OnTheSampleNetwork {

        @Test
        void theCommunitiesSizesAndTheComponentsSizesEachAddUpToTheNodesAnalysed() {
            Answer answer = awaitDone(CommunitiesController.MAX_FIRST, 5);
            assertThat(answer.truncated()).as("all communities on one page").isFalse();
            assertThat(answer.communities()).hasSize(answer.communityCount());
            assertThat(answer.communities().stream().mapToLong(Community::size).sum()).isEqualTo(answer.nodes());
            assertThat(answer.components()).hasSize(answer.componentCount());
            assertThat(answer.components().stream().mapToLong(Community::size).sum()).isEqualTo(answer.nodes());
            assertThat(answer.modularity()).isBetween(0.3, 1.0);
            try (var session = driver.session()) {
                var counted = session.run("MATCH (i:Institution)-[p:PARTNER_OF|PARTICIPATES_IN|OPERATES]->(x) "
                        + "WHERE x.kind IN ['JOINT_LAB', 'PROJECT', 'INDUSTRIAL_PARK', 'DEMO_CENTER', 'TRANSFER_CENTER'] "
                        + "RETURN count(p) AS ties, count(DISTINCT i) + count(DISTINCT x) AS nodes").single();
                System.out.printf("Participations counted: %d ties among %d nodes%n", counted.get("ties").asLong(), counted.get("nodes").asLong());
                assertThat(answer.nodes()).isEqualTo(counted.get("nodes").asLong());
                assertThat(answer.ties()).as("one tie per participation").isEqualTo(counted.get("ties").asLong());
            }
            System.out.printf("Communities of the sample: %d nodes, %d ties, %d communities, modularity %.4f, %d levels, %d components%n",
                    answer.nodes(), answer.ties(), answer.communityCount(), answer.modularity(), answer.levels(), answer.componentCount());
        }

        @Test
        void anEarlierDateAnalysesTheParticipationsThatExistedThen() {
            Answer then = Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .until(() -> graphQl.documentName("communities").variable("asOf", "2015-01-01")
                            .variable("first", CommunitiesController.MAX_FIRST).variable("top", 1).variable("community", 1)
                            .variable("maxNodes", 1).execute().path("communities").entity(Answer.class).get(),
                            answer -> !answer.status().equals("RUNNING"));
            assertThat(then.status()).isEqualTo("DONE");
            try (var session = driver.session()) {
                long ties = session.run("MATCH (i:Institution)-[p:PARTNER_OF|PARTICIPATES_IN|OPERATES]->(x) "
                        + "WHERE x.kind IN ['JOINT_LAB', 'PROJECT', 'INDUSTRIAL_PARK', 'DEMO_CENTER', 'TRANSFER_CENTER'] "
                        + "AND coalesce(p.since, date('0001-01-01')) <= $d AND coalesce(p.until, date('9999-12-31')) >= $d "
                        + "AND coalesce(x.since, date('0001-01-01')) <= $d AND coalesce(x.until, date('9999-12-31')) >= $d "
                        + "RETURN count(p) AS n", Map.of("d", java.time.LocalDate.of(2015, 1, 1))).single().get("n").asLong();
                assertThat(then.ties()).isEqualTo(ties);
            }
            assertThat(then.ties()).isLessThan(awaitDone(1, 1).ties());
            assertThat(then.communities().stream().mapToLong(Community::size).sum()).isEqualTo(then.nodes());
        }

        @Test
        void communitiesAreNumberedBySizeAndEachLiesInAComponentAtLeastAsLarge() {
            Answer answer = awaitDone(CommunitiesController.MAX_FIRST, 5);
            assertThat(answer.communities()).extracting(Community::id)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, answer.communityCount()).boxed().toList());
            assertThat(answer.communities()).extracting(Community::size).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            Map<Integer, Long> componentSize = answer.components().stream().collect(Collectors.toMap(Community::id, Community::size));
            assertThat(answer.communities()).allSatisfy(community ->
                    assertThat(componentSize.get(community.component())).isGreaterThanOrEqualTo(community.size()));
        }

        @Test
        void membersAreRankedByTiesInsideAndFieldsAndRegionsCountedMostFirst() {
            Answer answer = awaitDone(10, 5);
            assertThat(answer.communities()).hasSize(Math.min(10, answer.communityCount())).allSatisfy(community -> {
                assertThat(community.members()).hasSizeLessThanOrEqualTo(5).isNotEmpty();
                assertThat(community.members()).extracting(Member::internalDegree).isSortedAccordingTo(java.util.Comparator.reverseOrder());
                assertThat(community.members()).allSatisfy(member -> assertThat(member.internalDegree()).isBetween(0L, member.degree()));
                assertThat(community.fields()).extracting(FieldCount::count).isSortedAccordingTo(java.util.Comparator.reverseOrder());
                assertThat(community.fields()).allSatisfy(count -> assertThat(count.count()).isBetween(1L, community.size()));
                assertThat(community.regions()).allSatisfy(count -> assertThat(count.count()).isBetween(1L, community.institutions()));
            });
        }

        @Test
        void aCommunitysFieldCountsAreItsThingsInThatFieldCountedBehindTheServicesBack() {
            Answer answer = awaitDone(CommunitiesController.MAX_FIRST, 50);
            // The largest community the drawing holds whole: its drawing gives every member, whose fields are counted here.
            Community community = answer.communities().stream().filter(c -> c.size() <= CommunitiesController.MAX_NODES)
                    .findFirst().orElseThrow();
            assertThat(community.fields()).isNotEmpty();
            Drawing drawing = graphQl.documentName("communities").variable("first", 1).variable("top", 1).variable("community", community.id())
                    .variable("maxNodes", CommunitiesController.MAX_NODES).execute().path("communities.subgraph").entity(Drawing.class).get();
            assertThat((long) drawing.nodes().size()).isEqualTo(community.size());
            try (var session = driver.session()) {
                Map<String, Long> counted = session.run("MATCH (x:Entity)-[:IN_FIELD]->(f:Field) WHERE x.id IN $ids AND x.kind <> 'INSTITUTION' "
                                + "RETURN f.id AS field, count(DISTINCT x) AS n", Map.of("ids", drawing.nodes().stream().map(Ref::id).toList()))
                        .list(row -> Map.entry(row.get("field").asString(), row.get("n").asLong())).stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                assertThat(community.fields().stream().collect(Collectors.toMap(count -> count.field().id(), FieldCount::count)))
                        .isEqualTo(counted);
            }
        }

        @Test
        void oneCommunityIsDrawnCappedAtMaxNodesWithItsMostCentralMembers() {
            Answer answer = awaitDone(1, 3);
            Community largest = answer.communities().get(0);
            Drawing drawing = graphQl.documentName("communities").variable("first", 1).variable("top", 3).variable("community", 1)
                    .variable("maxNodes", 3).execute().path("communities.subgraph").entity(Drawing.class).get();
            assertThat(drawing.nodes()).extracting(Ref::id)
                    .containsExactlyInAnyOrderElementsOf(largest.members().stream().map(member -> member.node().id()).toList());
            assertThat(drawing.truncated()).isEqualTo(largest.size() > 3);
            var drawn = drawing.nodes().stream().map(Ref::id).collect(Collectors.toSet());
            assertThat(drawing.edges()).allSatisfy(edge -> assertThat(drawn).contains(edge.source(), edge.target()));
        }

        @Test
        void theAnswerIsCachedUntilTheNetworkChangesAndTheRerunFindsTheSameCommunities(
                @Autowired org.springframework.context.ApplicationEventPublisher events) {
            Answer before = awaitDone(CommunitiesController.MAX_FIRST, 3);
            assertThat(communities(CommunitiesController.MAX_FIRST, 3).status()).isEqualTo("DONE");
            events.publishEvent(new org.innograph.ingest.NetworkChanged(java.util.Set.of(org.innograph.network.EdgeKind.PARTNER_OF)));
            Answer running = communities(CommunitiesController.MAX_FIRST, 3);
            assertThat(running.status()).isEqualTo("RUNNING");
            assertThat(running.communities()).isEmpty();
            Answer after = awaitDone(CommunitiesController.MAX_FIRST, 3);
            assertThat(after.modularity()).isEqualTo(before.modularity());
            assertThat(after.communities()).isEqualTo(before.communities());
            assertThat(after.components()).isEqualTo(before.components());
        }

        @Test
        void badArgumentsAreBadUserInputNamingTheArgument() {
            awaitDone(1, 1);
            GapsTest.expectBadInput(graphQl.documentName("communities").variable("first", 0).variable("community", 1).execute(), "first");
            GapsTest.expectBadInput(graphQl.documentName("communities").variable("top", 51).variable("community", 1).execute(), "top");
            GapsTest.expectBadInput(graphQl.documentName("communities").variable("community", 0).execute(), "community");
            GapsTest.expectBadInput(graphQl.documentName("communities").variable("community", 1).variable("maxNodes", 2_001).execute(),
                    "maxNodes");
        }

        private Answer awaitDone(int first, int top) {
            Answer answer = Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .until(() -> communities(first, top), done -> !done.status().equals("RUNNING"));
            assertThat(answer.status()).isEqualTo("DONE");
            return answer;
        }

        private Answer communities(int first, int top) {
            GraphQlTester.Response response = graphQl.documentName("communities").variable("first", first).variable("top", top)
                    .variable("community", 1).variable("maxNodes", 1).execute();
            Answer answer = response.path("communities").entity(Answer.class).get();
            assertThat(answer.error()).isNull();
            return answer;
        }
    }

    /** Newman's modularity of a partition of an undirected graph: (1/2m) sum_ij [A_ij - k_i k_j / 2m] [c_i = c_j]. */
    static double modularity(int n, int[][] edges, Map<Integer, Long> community) {
        double m = edges.length;
        double[][] adjacency = new double[n][n];
        double[] degree = new double[n];
        for (int[] e : edges) {
            adjacency[e[0]][e[1]] += 1;
            adjacency[e[1]][e[0]] += 1;
            degree[e[0]]++;
            degree[e[1]]++;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (community.get(i).equals(community.get(j))) {
                    sum += adjacency[i][j] - degree[i] * degree[j] / (2 * m);
                }
            }
        }
        return sum / (2 * m);
    }

    private static Map<String, Long> communities(CommunityDetection.Partition partition) {
        return partition.members().stream().collect(Collectors.toMap(CommunityDetection.Member::id, CommunityDetection.Member::community));
    }

    record Ref(String id) {
    }

    record Edge(String id, String source, String target, String kind) {
    }

    record Drawing(List<Ref> nodes, List<Edge> edges, boolean truncated) {
    }

    record NodeRef(String id, String kind) {
    }

    record Member(NodeRef node, long degree, long internalDegree) {
    }

    record FieldCount(Ref field, long count) {
    }

    record RegionCount(Ref region, long count) {
    }

    record Community(int id, long size, long institutions, int component, List<Member> members, List<FieldCount> fields,
            List<RegionCount> regions) {
    }

    record Answer(String status, double progress, Long nodes, Long ties, Double modularity, Integer levels, Integer communityCount,
            Integer componentCount, boolean truncated, String error, List<Community> communities, List<Community> components) {
    }
}
