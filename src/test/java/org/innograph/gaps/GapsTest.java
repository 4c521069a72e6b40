package org.innograph.gaps;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.innograph.IntegrationTest;
import org.innograph.SmallGraph;
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
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Coverage and gap reports, on the sample network (whose own counts, read through {@code stats}, the coverage
 * must add back up to) and on a small graph of this test's own:
 *
 * <pre>
 *  region:G-EMPTY   country:ZGE                  (nothing in it)
 *  region:G-LAB     country:ZGL  lab:g-1 (energy, since 2020-01-01), LOCATED_IN ZGL
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GapsTest extends IntegrationTest {

    static final String EMPTY_REGION = "region:G-EMPTY";
    static final String LAB_REGION = "region:G-LAB";
    static final String EMPTY_COUNTRY = "country:ZGE";
    static final String LAB_COUNTRY = "country:ZGL";
    static final String LAB = "lab:g-1";
    static final String ENERGY = "field:energy";

    @Autowired
    SmallGraph graph;

    @Autowired
    Driver driver;

    @BeforeAll
    void writeTheSmallGraph(@Autowired SampleNetworkStatus status) throws InterruptedException {
        status.awaitLoaded(Duration.ofMinutes(5));
        write(List.of(
                node(Kind.REGION, EMPTY_REGION, "Gap Test Empty", Map.of("code", "G-EMPTY", "regionKind", "bloc")),
                node(Kind.REGION, LAB_REGION, "Gap Test Lab", Map.of("code", "G-LAB", "regionKind", "bloc")),
                node(Kind.COUNTRY, EMPTY_COUNTRY, "Gapland Empty", Map.of("iso2", "QG", "iso3", "ZGE", "sovereign", true)),
                node(Kind.COUNTRY, LAB_COUNTRY, "Gapland Lab", Map.of("iso2", "QL", "iso3", "ZGL", "sovereign", true)),
                node(Kind.JOINT_LAB, LAB, "Gap Test Lab 1", Map.of("since", LocalDate.of(2020, 1, 1)))),
                List.of(edge(EdgeKind.IN_REGION, EMPTY_COUNTRY, EMPTY_REGION),
                        edge(EdgeKind.IN_REGION, LAB_COUNTRY, LAB_REGION),
                        edge(EdgeKind.LOCATED_IN, LAB, LAB_COUNTRY),
                        edge(EdgeKind.IN_FIELD, LAB, ENERGY)));
    }

    @AfterAll
    void removeTheSmallGraph() {
        graph.remove();
    }

    @Nested
    class Coverage {

        @Test
        void theSharesOfEveryCountryAndTheUnplacedAddUpToTheStatsCountOfEachKind() {
            var answer = graphQl.documentName("coverage").variable("groupBy", "COUNTRY").execute();
            Map<String, Long> stats = statsNodeCounts();
            assertThat(answer.path("coverage.totalCount").entity(Long.class).get()).isEqualTo(stats.get("COUNTRY"));
            answer.path("coverage.truncated").entity(Boolean.class).isEqualTo(false);
            List<Row> rows = answer.path("coverage.rows").entityList(Row.class).get();
            List<Cell> unplaced = answer.path("coverage.unplaced").entityList(Cell.class).get();
            Map<String, Double> shares = rows.stream().flatMap(row -> row.cells().stream())
                    .collect(Collectors.groupingBy(Cell::kind, Collectors.summingDouble(Cell::share)));
            unplaced.forEach(cell -> shares.merge(cell.kind(), cell.share(), Double::sum));
            assertThat(shares.keySet()).containsExactlyInAnyOrder("JOINT_LAB", "INDUSTRIAL_PARK", "DEMO_CENTER",
                    "TRANSFER_CENTER", "PROJECT", "ACTIVITY", "AGREEMENT");
            shares.forEach((kind, share) -> assertThat(share).as(kind).isCloseTo(stats.get(kind), within(1e-6)));
            // Full counting of a located kind, whose nodes each have one country and one field, gives the same sums.
            assertThat(rows.stream().flatMap(row -> row.cells().stream()).filter(cell -> cell.kind().equals("JOINT_LAB"))
                    .mapToLong(Cell::count).sum()).isEqualTo(stats.get("JOINT_LAB"));
        }

        @Test
        void aRegionWithNothingInItIsARowOfZerosWithEveryKindAndFieldCell() {
            var answer = graphQl.documentName("coverage").variable("groupBy", "REGION").execute();
            Row empty = row(answer.path("coverage.rows").entityList(Row.class).get(), EMPTY_REGION);
            long fields = statsNodeCounts().get("FIELD");
            assertThat(empty.cells()).hasSize((int) (7 * (fields + 1)));
            assertThat(empty.cells()).allSatisfy(cell -> {
                assertThat(cell.count()).isZero();
                assertThat(cell.share()).isZero();
            });
            Row withLab = row(answer.path("coverage.rows").entityList(Row.class).get(), LAB_REGION);
            assertThat(withLab.cells()).filteredOn(cell -> cell.count() > 0)
                    .containsExactly(new Cell("JOINT_LAB", new Ref(ENERGY), 1, 1.0));
        }

        @Test
        void askingForSomeFieldsCountsInThemWhatTheWholeTableCounts() {
            List<String> asked = List.of(ENERGY, "field:agriculture");
            List<Row> whole = graphQl.documentName("coverage").variable("groupBy", "COUNTRY").variable("asOf", "2015-06-30")
                    .execute().path("coverage.rows").entityList(Row.class).get();
            List<Row> some = graphQl.documentName("coverage").variable("groupBy", "COUNTRY").variable("asOf", "2015-06-30")
                    .variable("fields", asked).execute().path("coverage.rows").entityList(Row.class).get();
            Map<String, Long> expected = counts(whole, asked);
            assertThat(expected.values()).anyMatch(count -> count > 0);
            assertThat(counts(some, asked)).isEqualTo(expected);
        }

        /** Count by "area kind field", for the cells of the given fields. */
        private static Map<String, Long> counts(List<Row> rows, List<String> fields) {
            return rows.stream().flatMap(row -> row.cells().stream()
                            .filter(cell -> cell.field() != null && fields.contains(cell.field().id()))
                            .map(cell -> Map.entry(row.area().id() + " " + cell.kind() + " " + cell.field().id(), cell.count())))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        @Test
        void asOfLeavesOutWhatWasFoundedLater() {
            assertThat(labsIn(LAB_COUNTRY, "2019-12-31")).isZero();
            assertThat(labsIn(LAB_COUNTRY, "2020-01-01")).isEqualTo(1);
        }

        @Test
        void kindsThatAreNotCountedUnknownFieldsAndTooManyAreasAreRefusedNamingTheArgument() {
            expectBadInput(graphQl.documentName("coverage").variable("kinds", List.of("INSTITUTION")).execute(), "kinds");
            expectBadInput(graphQl.documentName("coverage").variable("fields", List.of("field:nope")).execute(), "fields");
            expectBadInput(graphQl.documentName("coverage").variable("first", 301).execute(), "first");
        }

        private long labsIn(String country, String asOf) {
            List<Row> rows = graphQl.documentName("coverage").variable("groupBy", "COUNTRY").variable("kinds", List.of("JOINT_LAB"))
                    .variable("fields", List.of(ENERGY)).variable("asOf", asOf).execute()
                    .path("coverage.rows").entityList(Row.class).get();
            return row(rows, country).cells().stream().mapToLong(Cell::count).sum();
        }
    }


    @Nested
    class Reports {

        /** Each report's variables and arguments beside asOf and first. */
        private static final Map<String, List<String>> REPORT_ARGUMENTS = Map.of(
                "fieldsWithoutLabs", List.of("$regions: [ID!], $fields: [ID!]", "regions: $regions, fields: $fields"),
                "weakRegionPairs", List.of("$pairRegions: [ID!]!, $threshold: Int", "regions: $pairRegions, threshold: $threshold"),
                "dormantAgreements", List.of("$since: Date!", "since: $since"));

        @Test
        void aGapRowDisappearsOnceTheMissingLabIsWritten() {
            write(List.of(node(Kind.REGION, "region:G-ROUND", "Gap Test Round Trip", Map.of("code", "G-ROUND", "regionKind", "bloc")),
                            node(Kind.COUNTRY, "country:ZGR", "Gapland Round", Map.of("iso2", "QR", "iso3", "ZGR", "sovereign", true)),
                            node(Kind.AGREEMENT, "agreement:g-round", "Gap Test Agreement", Map.of("since", LocalDate.of(2010, 1, 1)))),
                    List.of(edge(EdgeKind.IN_REGION, "country:ZGR", "region:G-ROUND"),
                            edge(EdgeKind.SIGNED, "country:ZGR", "agreement:g-round")));
            assertThat(codesOf(report("agreementsWithoutLabs", Map.of()), "country:ZGR")).containsExactly("AGREEMENT_WITHOUT_LAB");
            assertThat(codesOf(report("fieldsWithoutLabs", Map.of("regions", List.of("region:G-ROUND"), "fields", List.of(ENERGY))),
                    "region:G-ROUND")).containsExactly("FIELD_WITHOUT_LAB");

            write(List.of(node(Kind.JOINT_LAB, "lab:g-round", "Gap Test Round Trip Lab", Map.of("since", LocalDate.of(2021, 1, 1)))),
                    List.of(edge(EdgeKind.LOCATED_IN, "lab:g-round", "country:ZGR"), edge(EdgeKind.IN_FIELD, "lab:g-round", ENERGY)));

            assertThat(codesOf(report("agreementsWithoutLabs", Map.of()), "country:ZGR")).isEmpty();
            assertThat(codesOf(report("fieldsWithoutLabs", Map.of("regions", List.of("region:G-ROUND"), "fields", List.of(ENERGY))),
                    "region:G-ROUND")).isEmpty();
            // As the network stood before the lab was founded, the gaps were there.
            assertThat(codesOf(report("agreementsWithoutLabs", Map.of("asOf", "2020-12-31")), "country:ZGR"))
                    .containsExactly("AGREEMENT_WITHOUT_LAB");
        }

        @Test
        void everyRowNamesNodesThatExistWithTheNodeOfTheGapFirst() {
            var answer = graphQl.documentName("gaps").variables(variables(Map.of())).execute();
            Map<String, String> firstKind = Map.of("agreementsWithoutLabs", "COUNTRY", "agreementsWithoutProjects", "COUNTRY",
                    "regionsWithoutTransferCenter", "REGION", "fieldsWithoutLabs", "REGION", "weakRegionPairs", "REGION",
                    "institutionsInNoLab", "INSTITUTION", "dormantAgreements", "AGREEMENT");
            firstKind.forEach((report, kind) -> {
                List<GapRow> rows = answer.path("gaps." + report + ".rows").entityList(GapRow.class).get();
                assertThat(rows).as(report).isNotEmpty().allSatisfy(row -> {
                    assertThat(row.nodes()).extracting(Area::id).containsExactlyElementsOf(row.nodeIds());
                    assertThat(row.nodes().get(0).kind()).isEqualTo(kind);
                    assertThat(row.reason()).isNotBlank();
                });
                List<String> drawn = answer.path("gaps." + report + ".subgraph.nodes[*].id").entityList(String.class).get();
                assertThat(drawn).containsAll(rows.stream().flatMap(row -> row.nodeIds().stream()).toList());
            });
        }

        @Test
        void aRegionNoCentreServesIsListedAndABlocWithACentreIsNot() {
            List<GapRow> rows = report("regionsWithoutTransferCenter", Map.of("first", 500));
            assertThat(rows).extracting(row -> row.nodeIds().get(0)).contains(EMPTY_REGION).doesNotContain("region:ASEAN");
            assertThat(rows).allSatisfy(row -> assertThat(row.code()).isEqualTo("REGION_WITHOUT_TRANSFER_CENTER"));
        }

        @Test
        void regionPairsBelowTheThresholdCarryTheCountOfTheRegionMatrix() {
            List<String> regions = List.of(EMPTY_REGION, "region:AU", "region:M49-142");
            List<GapRow> rows = report("weakRegionPairs", Map.of("pairRegions", regions, "threshold", 100_000));
            long auAsia = graphQl.documentName("regionMatrix").variable("regions", List.of("region:AU", "region:M49-142")).execute()
                    .path("regionMatrix.cells[1].weight").entity(Long.class).get();
            assertThat(rows).extracting(GapRow::code, row -> row.nodeIds(), GapRow::value).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("NO_REGION_TIE", List.of(EMPTY_REGION, "region:AU"), 0.0),
                    org.assertj.core.groups.Tuple.tuple("NO_REGION_TIE", List.of(EMPTY_REGION, "region:M49-142"), 0.0),
                    org.assertj.core.groups.Tuple.tuple("WEAK_REGION_TIE", List.of("region:AU", "region:M49-142"), (double) auAsia));
            assertThat(auAsia).isPositive();
            assertThat(report("weakRegionPairs", Map.of("pairRegions", regions, "threshold", 1)))
                    .extracting(GapRow::code).containsOnly("NO_REGION_TIE").hasSize(2);
        }

        @Test
        void institutionsInNoLabTakePartInProjectsAndAreNoLabPartner() {
            List<GapRow> rows = report("institutionsInNoLab", Map.of("first", 5));
            try (var session = driver.session()) {
                for (GapRow row : rows) {
                    var facts = session.run("MATCH (i:Institution {id: $id}) RETURN COUNT { (i)-[:PARTICIPATES_IN]->(:Project) } AS projects, "
                            + "COUNT { (i)-[:PARTNER_OF]->(:JointLab) } AS labs", Map.of("id", row.nodeIds().get(0))).single();
                    assertThat(facts.get("labs").asLong()).isZero();
                    assertThat(facts.get("projects").asLong()).isEqualTo(row.value().longValue()).isPositive();
                }
            }
            assertThat(rows).extracting(GapRow::value).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }

        @Test
        void anAgreementWhoseSignatoriesDidNothingTogetherSinceTheDateIsDormant() {
            write(List.of(node(Kind.COUNTRY, "country:ZGX", "Gapland Dormant X", Map.of("iso2", "QX", "iso3", "ZGX", "sovereign", true)),
                            node(Kind.COUNTRY, "country:ZGY", "Gapland Dormant Y", Map.of("iso2", "QY", "iso3", "ZGY", "sovereign", true)),
                            node(Kind.AGREEMENT, "agreement:g-dormant", "Gap Test Dormant Agreement", Map.of("since", LocalDate.of(2001, 1, 1)))),
                    List.of(edge(EdgeKind.SIGNED, "country:ZGX", "agreement:g-dormant"), edge(EdgeKind.SIGNED, "country:ZGY", "agreement:g-dormant")));
            assertThat(codesOf(report("dormantAgreements", Map.of("since", "2005-01-01", "first", 500)), "agreement:g-dormant"))
                    .containsExactly("DORMANT_AGREEMENT");
            expectBadInput(ask("dormantAgreements", Map.of("since", "2020-01-01", "asOf", "2010-01-01")), "since");
        }

        /** One report alone, so that a busy machine answers it well within the request deadline. */
        private List<GapRow> report(String report, Map<String, Object> overrides) {
            return ask(report, overrides).path("gaps." + report + ".rows").entityList(GapRow.class).get();
        }

        private GraphQlTester.Response ask(String report, Map<String, Object> overrides) {
            List<String> extra = REPORT_ARGUMENTS.getOrDefault(report, List.of("", ""));
            String document = "query($asOf: Date, $first: Int" + (extra.get(0).isEmpty() ? "" : ", " + extra.get(0)) + ") "
                    + "{ gaps(asOf: $asOf) { " + report + "(first: $first" + (extra.get(1).isEmpty() ? "" : ", " + extra.get(1)) + ") "
                    + "{ rows { code reason nodeIds value nodes { id kind } } } } }";
            var variables = new HashMap<String, Object>(Map.of("first", 500));
            if (REPORT_ARGUMENTS.containsKey(report)) {
                variables.putAll(variables(Map.of()));
                variables.keySet().retainAll(List.of("first", "pairRegions", "since", "regions", "fields", "threshold"));
                variables.keySet().removeIf(name -> !name.equals("first") && !extra.get(0).contains("$" + name + ":"));
            }
            variables.putAll(overrides);
            return graphQl.document(document).variables(variables).execute();
        }

        private Map<String, Object> variables(Map<String, Object> overrides) {
            var variables = new HashMap<String, Object>(Map.of("pairRegions", List.of(EMPTY_REGION, LAB_REGION), "since", "2024-01-01",
                    "first", 500));
            variables.putAll(overrides);
            return variables;
        }

        private List<String> codesOf(List<GapRow> rows, String id) {
            return rows.stream().filter(row -> row.nodeIds().get(0).equals(id)).map(GapRow::code).toList();
        }
    }

    @Nested
    class Engine {

        @Test
        void graphDataScienceIsLoadedWithTheAlgorithmsTheGapsUse() {
            graphQl.document("{ graphEngine { plugin version } }").execute()
                    .path("graphEngine.plugin").entity(String.class).isEqualTo("Neo4j Graph Data Science")
                    .path("graphEngine.version").entity(String.class).isEqualTo("2.13.9");
            try (var session = driver.session()) {
                assertThat(session.run("CALL gds.list() YIELD name RETURN collect(name) AS names").single().get("names")
                        .asList(org.neo4j.driver.Value::asString)).contains("gds.graph.project", "gds.graph.project.cypher",
                        "gds.betweenness.stream", "gds.pageRank.stream", "gds.degree.stream", "gds.wcc.stream", "gds.louvain.stream");
            }
        }
    }

    @Nested
    class Brokers {

        @Test
        void theAnalysisRunsAsAJobAndItsInstitutionsDegreesAreTheirParticipations() {
            BrokerAnswer answer = awaitDone(null);
            assertThat(answer.exact()).isTrue();
            assertThat(answer.nodes()).isPositive();
            assertThat(answer.actors()).hasSize(10).allSatisfy(actor -> assertThat(actor.institution().kind()).isEqualTo("INSTITUTION"));
            assertThat(answer.actors()).extracting(Actor::betweenness).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            try (var session = driver.session()) {
                for (Actor actor : answer.actors()) {
                    long participations = session.run("MATCH (i:Institution {id: $id}) RETURN COUNT { (i)-[:PARTNER_OF|PARTICIPATES_IN|OPERATES]->(x) "
                            + "WHERE x.kind IN ['JOINT_LAB', 'PROJECT', 'INDUSTRIAL_PARK', 'DEMO_CENTER', 'TRANSFER_CENTER'] } AS n",
                            Map.of("id", actor.institution().id())).single().get("n").asLong();
                    assertThat(actor.degree()).as(actor.institution().id()).isEqualTo(participations);
                }
            }
        }

        @Test
        void itsDrawingIsTheBrokersListedAndTheEdgesAmongThem() {
            BrokerAnswer answer = awaitDone(null);
            List<String> ids = answer.actors().stream().map(actor -> actor.institution().id()).toList();
            assertThat(answer.subgraph().nodes()).extracting(GraphNodeId::id).containsExactlyInAnyOrderElementsOf(ids);
            try (var session = driver.session()) {
                long among = session.run("MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN count(r) AS n",
                        Map.of("ids", ids)).single().get("n").asLong();
                assertThat(answer.subgraph().edges()).hasSize((int) among)
                        .allSatisfy(edge -> assertThat(ids).contains(edge.source(), edge.target()));
            }
        }

        @Test
        void itsTiesAreTheParticipationsEachCountedOnce() {
            BrokerAnswer answer = awaitDone(null);
            try (var session = driver.session()) {
                long participations = session.run("MATCH (i:Institution)-[p:PARTNER_OF|PARTICIPATES_IN|OPERATES]->(x) "
                        + "WHERE x.kind IN ['JOINT_LAB', 'PROJECT', 'INDUSTRIAL_PARK', 'DEMO_CENTER', 'TRANSFER_CENTER'] "
                        + "RETURN count(p) AS n").single().get("n").asLong();
                assertThat(answer.ties()).isEqualTo(participations);
            }
        }

        @Test
        void theAnswerIsCachedUntilTheNetworkChanges(@Autowired org.springframework.context.ApplicationEventPublisher events) {
            awaitDone(null);
            assertThat(brokers(null).status()).isEqualTo("DONE");
            events.publishEvent(new org.innograph.ingest.NetworkChanged(java.util.Set.of(EdgeKind.PARTNER_OF)));
            BrokerAnswer afterWrite = brokers(null);
            assertThat(afterWrite.status()).isEqualTo("RUNNING");
            assertThat(afterWrite.actors()).isEmpty();
            awaitDone(null);
        }

        private BrokerAnswer awaitDone(String asOf) {
            return org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .until(() -> brokers(asOf), answer -> !answer.status().equals("RUNNING"));
        }

        private BrokerAnswer brokers(String asOf) {
            BrokerAnswer answer = graphQl.documentName("brokers").variable("asOf", asOf).variable("first", 10).execute()
                    .path("brokers").entity(BrokerAnswer.class).get();
            assertThat(answer.error()).isNull();
            return answer;
        }
    }

    Map<String, Long> statsNodeCounts() {
        return graphQl.documentName("stats").execute().path("stats.nodes").entityList(KindCount.class).get().stream()
                .collect(Collectors.toMap(KindCount::kind, KindCount::count));
    }

    static Row row(List<Row> rows, String id) {
        return rows.stream().filter(row -> row.area().id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no row " + id));
    }

    static void expectBadInput(GraphQlTester.Response response, String argument) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT").containsEntry("argument", argument)));
    }

    void write(List<NodeRow> nodes, List<EdgeRow> edges) {
        graph.write(nodes, edges);
    }

    static NodeRow node(Kind kind, String id, String name, Map<String, Object> properties) {
        var named = new HashMap<String, Object>(properties);
        named.put("name", name);
        return SmallGraph.node(GapsTest.class, kind, id, named);
    }

    static EdgeRow edge(EdgeKind kind, String from, String to) {
        return SmallGraph.edge(GapsTest.class, kind, from, to, Map.of());
    }

    record KindCount(String kind, long count) {
    }

    record Ref(String id) {
    }

    record Area(String id, String kind) {
    }

    record Cell(String kind, Ref field, long count, double share) {
    }

    record Row(Area area, List<Cell> cells) {
    }

    record Actor(Area institution, long degree, double betweenness, double pageRank) {
    }

    record BrokerAnswer(String status, double progress, Long nodes, Long ties, Boolean exact, Integer samples, Double errorBound,
            List<Actor> actors, String error, Drawing subgraph) {
    }

    record Drawing(List<GraphNodeId> nodes, List<DrawnEdge> edges, boolean truncated) {
    }

    record GraphNodeId(String id) {
    }

    record DrawnEdge(String source, String target, String kind) {
    }

    record GapRow(String code, String reason, List<String> nodeIds, Double value, List<Area> nodes) {
    }
}
