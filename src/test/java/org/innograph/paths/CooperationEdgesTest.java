package org.innograph.paths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.innograph.IntegrationTest;
import org.innograph.SmallGraph;
import org.innograph.ingest.EdgeRow;
import org.innograph.ingest.GraphWriter;
import org.innograph.ingest.NodeRow;
import org.innograph.ingest.Progress;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.innograph.database.QueryRunner;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The derived COOPERATES_WITH edges: their spans worked out by hand, the consortium cap, and the incremental
 * derivation after each write against a full rebuild. Each test writes its own institutions and things
 * (ids starting {@code coop-}) through the one write path and removes them after.
 */
class CooperationEdgesTest extends IntegrationTest {

    private static final String A = "ror:coop-a";
    private static final String B = "ror:coop-b";
    private static final String LAB = "lab:coop-1";
    private static final String PROJECT = "project:coop-1";

    @Autowired
    GraphWriter writer;

    @Autowired
    CooperationEdges cooperation;

    @Autowired
    CooperationProperties settings;

    @Autowired
    Driver driver;

    @Autowired
    QueryRunner queries;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void removeTheTestGraph() {
        try (var session = driver.session()) {
            session.run("MATCH (n:Entity) WHERE n.id CONTAINS ':coop-' DETACH DELETE n").consume();
        }
    }

    @Nested
    class Spans {

        @Test
        void runFromTheLaterStartToTheEarlierEnd() {
            write(List.of(institution(A), institution(B), thing(Kind.JOINT_LAB, LAB, date(2010, 1, 1), null)),
                    List.of(takesPart(EdgeKind.PARTNER_OF, A, LAB, date(2012, 3, 1), date(2020, 12, 31)),
                            takesPart(EdgeKind.PARTNER_OF, B, LAB, date(2014, 6, 1), date(2018, 6, 30))));

            Map<String, Object> edge = cooperationEdges().get(A + "~" + B);
            assertThat(edge).containsEntry("since", date(2014, 6, 1)).containsEntry("until", date(2018, 6, 30))
                    .containsEntry("weight", 1L).containsEntry("via", List.of("JOINT_LAB"))
                    .containsEntry("shared", List.of(LAB))
                    .containsEntry("sharedSince", List.of(date(2014, 6, 1))).containsEntry("sharedUntil", List.of(date(2018, 6, 30)));
        }

        @Test
        void areBoundedByTheThingsOwnDates() {
            write(List.of(institution(A), institution(B), thing(Kind.JOINT_LAB, LAB, date(2015, 1, 1), date(2019, 12, 31))),
                    List.of(takesPart(EdgeKind.PARTNER_OF, A, LAB, date(2012, 3, 1), null),
                            takesPart(EdgeKind.PARTNER_OF, B, LAB, null, null)));

            assertThat(cooperationEdges().get(A + "~" + B)).containsEntry("since", date(2015, 1, 1)).containsEntry("until", date(2019, 12, 31));
        }

        @Test
        void partnersWhoseSpansNeverOverlapDidNotCooperate() {
            write(List.of(institution(A), institution(B), thing(Kind.JOINT_LAB, LAB, null, null)),
                    List.of(takesPart(EdgeKind.PARTNER_OF, A, LAB, date(2008, 1, 1), date(2011, 12, 31)),
                            takesPart(EdgeKind.PARTNER_OF, B, LAB, date(2013, 1, 1), null)));

            assertThat(cooperationEdges()).isEmpty();
        }

        @Test
        void ofTwoSharedThingsRunFromTheFirstStartToTheLastEndAndStayOpen() {
            write(List.of(institution(A), institution(B), thing(Kind.JOINT_LAB, LAB, date(2010, 1, 1), date(2012, 12, 31)),
                            thing(Kind.PROJECT, PROJECT, date(2018, 1, 1), null)),
                    List.of(takesPart(EdgeKind.PARTNER_OF, A, LAB, null, null), takesPart(EdgeKind.PARTNER_OF, B, LAB, null, null),
                            takesPart(EdgeKind.PARTICIPATES_IN, A, PROJECT, null, null),
                            takesPart(EdgeKind.PARTICIPATES_IN, B, PROJECT, date(2019, 5, 1), null)));

            assertThat(cooperationEdges().get(A + "~" + B)).containsEntry("since", date(2010, 1, 1)).doesNotContainKey("until")
                    .containsEntry("weight", 2L).containsEntry("shared", List.of(LAB, PROJECT))
                    .containsEntry("sharedSince", List.of(date(2010, 1, 1), date(2019, 5, 1)));
        }

        @Test
        void holdANeighbourhoodAsOfADateOnlyWithinOneOfThem() {
            write(List.of(institution(A), institution(B), thing(Kind.JOINT_LAB, LAB, date(2010, 1, 1), date(2012, 12, 31)),
                            thing(Kind.PROJECT, PROJECT, date(2018, 1, 1), null)),
                    List.of(takesPart(EdgeKind.PARTNER_OF, A, LAB, null, null), takesPart(EdgeKind.PARTNER_OF, B, LAB, null, null),
                            takesPart(EdgeKind.PARTICIPATES_IN, A, PROJECT, null, null),
                            takesPart(EdgeKind.PARTICIPATES_IN, B, PROJECT, null, null)));

            // From 2010 to the open end, but in 2015 they shared nothing.
            assertThat(cooperatingNeighbours(A, "2011-06-01")).containsExactly(B);
            assertThat(cooperatingNeighbours(A, "2015-06-01")).isEmpty();
            assertThat(cooperatingNeighbours(A, "2020-06-01")).containsExactly(B);
        }

        @Test
        void showClientsNoBookkeeping() {
            write(List.of(institution(A), institution(B), thing(Kind.JOINT_LAB, LAB, date(2010, 1, 1), null)),
                    List.of(takesPart(EdgeKind.PARTNER_OF, A, LAB, null, null), takesPart(EdgeKind.PARTNER_OF, B, LAB, null, null)));

            Map<String, Object> properties = graphQl.documentName("neighbourhood").variable("id", A).variable("depth", 1)
                    .variable("edgeKinds", List.of("COOPERATES_WITH")).execute()
                    .path("neighbourhood.edges[0].properties").entity(Map.class).get();
            assertThat(properties.keySet()).containsExactlyInAnyOrder("weight", "via", "shared", "sharedKinds", "sharedSince",
                    "sharedUntil", "since", "synthetic", "derived", "source", "asOf");
        }
    }

    @Nested
    class LargeConsortia {

        @Test
        void upToTheCapDerivePairsAndPastItNone() {
            int cap = settings.maxConsortium();
            List<String> members = IntStream.rangeClosed(1, cap + 1).mapToObj("ror:coop-m%03d"::formatted).toList();
            var nodes = new ArrayList<NodeRow>(members.stream().map(CooperationEdgesTest::institution).toList());
            nodes.add(thing(Kind.PROJECT, PROJECT, date(2020, 1, 1), null));
            write(nodes, members.subList(0, cap).stream().map(m -> takesPart(EdgeKind.PARTICIPATES_IN, m, PROJECT, null, null)).toList());
            assertThat(cooperationEdges()).hasSize(cap * (cap - 1) / 2);

            write(List.of(), List.of(takesPart(EdgeKind.PARTICIPATES_IN, members.get(cap), PROJECT, null, null)));

            assertThat(cooperationEdges()).as("one member more than the cap: no pairwise edges").isEmpty();
        }

        @Test
        void stayConnectedThroughTheirOwnNode() {
            int cap = settings.maxConsortium();
            List<String> members = IntStream.rangeClosed(1, cap + 1).mapToObj("ror:coop-m%03d"::formatted).toList();
            var nodes = new ArrayList<NodeRow>(members.stream().map(CooperationEdgesTest::institution).toList());
            nodes.add(thing(Kind.PROJECT, PROJECT, null, null));
            write(nodes, members.stream().map(m -> takesPart(EdgeKind.PARTICIPATES_IN, m, PROJECT, null, null)).toList());

            graphQl.documentName("shortestPath").variable("from", members.get(0)).variable("to", members.get(cap)).execute()
                    .path("shortestPath.nodeIds").entityList(String.class).containsExactly(members.get(0), PROJECT, members.get(cap));
        }
    }

    @Nested
    class Incremental {

        @Test
        void marksCommitWithTheWriteAndTheNextDerivationTakesThem() {
            write(List.of(institution(A), institution(B), thing(Kind.JOINT_LAB, LAB, null, null)), List.of());
            // A write whose process died before it announced itself: its marks committed with it.
            writer.inTransaction(() -> writer.upsertEdges(EdgeKind.PARTNER_OF, List.of(
                    takesPart(EdgeKind.PARTNER_OF, A, LAB, null, null), takesPart(EdgeKind.PARTNER_OF, B, LAB, null, null))));
            assertThat(cooperationEdges()).isEmpty();

            assertThat(cooperation.derivePending().institutions()).isEqualTo(2);

            assertThat(cooperationEdges()).containsOnlyKeys(A + "~" + B);
        }

        @Test
        void aRandomSequenceOfWritesEndsWhereAFullRebuildDoes() {
            var random = new Random(20261127L);
            List<String> institutions = IntStream.range(0, 40).mapToObj("ror:coop-i%02d"::formatted).toList();
            List<Kind> kinds = List.of(Kind.JOINT_LAB, Kind.PROJECT, Kind.INDUSTRIAL_PARK, Kind.TRANSFER_CENTER);
            List<NodeRow> things = IntStream.range(0, 12)
                    .mapToObj(i -> thing(kinds.get(i % kinds.size()), kinds.get(i % kinds.size()).id("coop-t" + i), null, null)).toList();
            var nodes = new ArrayList<NodeRow>(institutions.stream().map(CooperationEdgesTest::institution).toList());
            nodes.addAll(things);
            write(nodes, List.of());
            for (int step = 0; step < 120; step++) {
                // Half the steps go to the first thing, which grows past the cap on the way.
                NodeRow thing = things.get(random.nextBoolean() ? 0 : random.nextInt(things.size()));
                if (random.nextInt(5) == 0) {
                    // New dates for a thing bound every participant's cooperation through it.
                    write(List.of(thing(thing.kind(), thing.id(), randomDate(random), randomDate(random))), List.of());
                }
                else {
                    // A participation, new or with new dates.
                    EdgeKind kind = thing.kind() == Kind.PROJECT ? EdgeKind.PARTICIPATES_IN
                            : thing.kind() == Kind.JOINT_LAB ? EdgeKind.PARTNER_OF : EdgeKind.OPERATES;
                    int reach = thing == things.get(0) ? institutions.size() : 8;
                    write(List.of(), List.of(takesPart(kind, institutions.get(random.nextInt(reach)), thing.id(),
                            randomDate(random), random.nextBoolean() ? null : randomDate(random))));
                }
            }
            // New dates for half the things last, so no later participation re-derives their members anyway.
            for (NodeRow thing : things) {
                if (random.nextBoolean()) {
                    write(List.of(thing(thing.kind(), thing.id(), randomDate(random), randomDate(random))), List.of());
                }
            }
            Map<String, Map<String, Object>> incremental = cooperationEdges();
            assertThat(incremental).as("the writes derived some cooperation").isNotEmpty();
            assertThat(participants(things.get(0).id())).as("the first thing grew past the cap").isGreaterThan(settings.maxConsortium());

            CooperationEdges.Derived rebuilt = cooperation.rebuild(soFar -> { });

            assertThat(rebuilt.written()).as("edges a rebuild wrote").isZero();
            assertThat(rebuilt.removed()).as("edges a rebuild removed").isZero();
            assertThat(cooperationEdges()).isEqualTo(incremental);
        }

        @Test
        void onTheSampleNetworkAFullRebuildChangesNothing() {
            CooperationEdges.Derived rebuilt = cooperation.rebuild(soFar -> { });

            assertThat(rebuilt.institutions()).isPositive();
            assertThat(rebuilt.written()).isZero();
            assertThat(rebuilt.removed()).isZero();
        }
    }

    @Nested
    class Hubs {

        private static final String HUB = "ror:coop-hub";

        /** The service's derivation with a limit so low that the hub's partners take several transactions. */
        private CooperationEdges chunked() {
            return new CooperationEdges(queries, transactions, new CooperationProperties(settings.maxConsortium(), 500, 30));
        }

        /** The hub in six projects of three partners each, two of them shared with the next project. */
        private void writeTheHubsProjects() {
            var nodes = new ArrayList<NodeRow>(List.of(institution(HUB)));
            var edges = new ArrayList<EdgeRow>();
            for (int p = 0; p < 6; p++) {
                String project = "project:coop-h" + p;
                nodes.add(thing(Kind.PROJECT, project, date(2010 + p, 1, 1), null));
                edges.add(takesPart(EdgeKind.PARTICIPATES_IN, HUB, project, null, null));
                for (int m = 0; m < 3; m++) {
                    String partner = "ror:coop-p" + (2 * p + m);
                    nodes.add(institution(partner));
                    edges.add(takesPart(EdgeKind.PARTICIPATES_IN, partner, project, date(2012, 1 + m, 1), null));
                }
            }
            write(nodes.stream().distinct().toList(), edges);
        }

        @Test
        void aChunkOfPartnersPerTransactionEndsWhereAFullRebuildDoes() {
            writeTheHubsProjects();
            // New dates for the hub in two projects, written without the derivation that follows a write.
            writer.inTransaction(() -> writer.upsertEdges(EdgeKind.PARTICIPATES_IN, List.of(
                    takesPart(EdgeKind.PARTICIPATES_IN, HUB, "project:coop-h1", date(2013, 6, 1), null),
                    takesPart(EdgeKind.PARTICIPATES_IN, HUB, "project:coop-h4", null, date(2014, 6, 1)))));

            // 6 participations bound 144 pairs, so the hub's 13 partners go in ceil(144 / 30) = 5 transactions.
            CooperationEdges.Derived derived = chunked().derivePending();

            assertThat(derived.written()).as("edges the chunks wrote").isPositive();
            CooperationEdges.Derived rebuilt = cooperation.rebuild(soFar -> { });
            assertThat(rebuilt.written()).as("edges a rebuild wrote after the chunks").isZero();
            assertThat(rebuilt.removed()).as("edges a rebuild removed after the chunks").isZero();
        }

        @Test
        void anEdgeToAnInstitutionItSharesNothingWithIsRemovedAndTheMarkCleared() {
            writeTheHubsProjects();
            Map<String, Map<String, Object>> derived = cooperationEdges();
            write(List.of(institution("ror:coop-lonely")), List.of());
            try (var session = driver.session()) {
                session.run("""
                        MATCH (hub:Institution {id: $hub}), (lonely:Institution {id: 'ror:coop-lonely'})
                        CREATE (hub)-[:COOPERATES_WITH {weight: 1}]->(lonely)
                        SET hub:CooperationPending""", Map.of("hub", HUB)).consume();
            }

            CooperationEdges.Derived chunks = chunked().derivePending();

            assertThat(chunks).isEqualTo(new CooperationEdges.Derived(1, 0, 1));
            assertThat(cooperationEdges()).isEqualTo(derived);
            try (var session = driver.session()) {
                assertThat(session.run("MATCH (i:CooperationPending) WHERE i.id CONTAINS ':coop-' RETURN count(i) AS n")
                        .single().get("n").asLong()).isZero();
            }
        }
    }

    private void write(List<NodeRow> nodes, List<EdgeRow> edges) {
        writer.writeNodes(nodes, Progress.NONE);
        writer.writeEdges(edges, Progress.NONE);
    }

    /** The test graph's COOPERATES_WITH edges by "low~high", with their properties but the date they were derived. */
    private Map<String, Map<String, Object>> cooperationEdges() {
        try (var session = driver.session()) {
            var edges = new TreeMap<String, Map<String, Object>>();
            session.run("""
                    MATCH (a:Institution)-[c:COOPERATES_WITH]->(b:Institution)
                    WHERE a.id CONTAINS ':coop-' OR b.id CONTAINS ':coop-'
                    RETURN a.id AS a, b.id AS b, properties(c) AS properties""").forEachRemaining(row -> {
                var properties = new HashMap<>(row.get("properties").asMap());
                properties.remove("asOf");
                edges.put(row.get("a").asString() + "~" + row.get("b").asString(), properties);
            });
            return edges;
        }
    }

    private long participants(String thing) {
        try (var session = driver.session()) {
            return session.run("MATCH (:Entity {id: $id})<-[p]-(:Institution) RETURN count(p) AS n", Map.of("id", thing))
                    .single().get("n").asLong();
        }
    }

    private List<String> cooperatingNeighbours(String id, String asOf) {
        return graphQl.documentName("neighbourhood").variable("id", id).variable("depth", 1)
                .variable("edgeKinds", List.of("COOPERATES_WITH")).variable("asOf", asOf).execute()
                .path("neighbourhood.nodes[*].id").entityList(String.class).get().stream().filter(n -> !n.equals(id)).toList();
    }

    private static NodeRow institution(String id) {
        return node(Kind.INSTITUTION, id, Map.of("name", "Institution " + id));
    }

    private static NodeRow thing(Kind kind, String id, LocalDate since, LocalDate until) {
        var properties = new HashMap<String, Object>(Map.of("name", "Thing " + id));
        properties.put("since", since);
        properties.put("until", until);
        return node(kind, id, properties);
    }

    private static NodeRow node(Kind kind, String id, Map<String, Object> properties) {
        return SmallGraph.node(CooperationEdgesTest.class, kind, id, properties);
    }

    private static EdgeRow takesPart(EdgeKind kind, String institution, String thing, LocalDate since, LocalDate until) {
        var span = new HashMap<String, Object>();
        span.put("since", since);
        span.put("until", until);
        return SmallGraph.edge(CooperationEdgesTest.class, kind, institution, thing, span);
    }

    private static LocalDate randomDate(Random random) {
        return LocalDate.of(2005 + random.nextInt(20), 1 + random.nextInt(12), 1);
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
