package org.innograph.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import org.innograph.IntegrationTest;
import org.innograph.QueryRuns;
import org.innograph.SmallGraph;
import org.innograph.database.CypherQueries;
import org.innograph.database.QueryRunner;
import org.innograph.database.RecordingQueryExecution;
import org.innograph.graphql.ApiProperties;
import org.innograph.graphql.Connection;
import org.innograph.graphql.ApiSettings;
import org.innograph.ingest.EdgeRow;
import org.innograph.ingest.NodeRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * A list filtered by a country or region is found from that place's side when it reaches few nodes
 * ({@code network/list-nodes-from-place.cypher}), and that gives exactly the page and total that
 * {@code list-nodes.cypher} and {@code count-nodes.cypher} give from the kind's index: every kind, big and
 * small places, both filters at once, the other filters, and a second page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeListingTest extends IntegrationTest {

    private static final String P = "ror:zz-listing-";

    /** Continents, a sub-region, blocs, an unknown region; a hub country, small ones, an unknown one. */
    private static final List<Place> PLACES = List.of(new Place(null, "region:M49-142"), new Place(null, "region:M49-053"),
            new Place(null, "region:AU"), new Place(null, "region:none"), new Place("country:CN", null),
            new Place("country:KE", null), new Place("country:XX", null), new Place("country:KE", "region:AU"),
            new Place("country:CN", "region:M49-150"));

    @Autowired
    QueryRunner queries;

    @Autowired
    SmallGraph graph;

    @Autowired
    GraphQlTester graphQl;

    @Autowired
    CypherQueries cypherQueries;

    @Autowired
    RecordingQueryExecution recorder;

    @Autowired
    Environment environment;

    @Autowired
    Driver driver;

    @Autowired
    GraphDatabaseService database;

    @Autowired
    ReferencedIds referencedIds;

    @Autowired
    MeterRegistry meters;

    @BeforeAll
    void writeAnInstitutionOnlyAPartnerPlaces() {
        // No file of the sample has an edge of involvement end at an institution, but nothing forbids one:
        // B is then "in Kenya" through A, which the place's side must find too. C has no name, so no sort key:
        // no list shows it, and so no total may count it, whichever way the total is counted.
        graph.write(List.of(institution("a", "000 Listing Test A"), institution("b", "000 Listing Test B"),
                        SmallGraph.node(NodeListingTest.class, Kind.INSTITUTION, P + "c", Map.of())),
                List.of(edge(EdgeKind.LOCATED_IN, P + "a", "country:KE"), edge(EdgeKind.PARTNER_OF, P + "a", P + "b"),
                        edge(EdgeKind.LOCATED_IN, P + "c", "country:KE")));
    }

    @AfterAll
    void removeIt() {
        graph.remove();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void thePlaceSideGivesThePageAndTotalOfTheKindsIndex(Kind kind) {
        for (Place place : PLACES) {
            compareTwoPages(kind, place, Map.of());
        }
        // The other filters: planning a query for each kind of their values takes most of this test's time.
        for (Place place : List.of(new Place(null, "region:M49-142"), new Place("country:KE", null))) {
            compareTwoPages(kind, place, Map.of("field", "field:energy"));
            compareTwoPages(kind, place, Map.of("asOf", LocalDate.of(2015, 6, 1)));
        }
    }

    /** The first page of three with the total, and when full, the page after its second item. */
    private void compareTwoPages(Kind kind, Place place, Map<String, Object> filters) {
        List<String> page = compare(params(kind, place, filters, "", 3), true);
        if (page.size() == 3) {
            compare(params(kind, place, filters, page.get(1), 3), false);
        }
    }

    @Test
    void aPlacePastTheBudgetIsLeftToTheKindsIndex() {
        Map<String, Object> params = params(Kind.INSTITUTION, new Place(null, "region:M49-142"), Map.of(), "", 10);
        params.put("budget", 5);
        params.put("crossover", Integer.MAX_VALUE);
        var row = queries.single("network/list-nodes-from-place", params, record -> record).orElseThrow();
        assertThat(row.get("byIndex").asBoolean()).isTrue();
        assertThat(row.get("page").asList()).isEmpty();
        assertThat(listed("network/list-nodes", params)).hasSize(10);
    }

    @Test
    void aPlaceWhoseSideCostsMoreThanTheIndexIsLeftToIt() {
        Map<String, Object> params = params(Kind.INSTITUTION, new Place("country:KE", null), Map.of(), "", 10);
        params.put("budget", Integer.MAX_VALUE);
        params.put("crossover", 0);
        assertThat(queries.single("network/list-nodes-from-place", params, record -> record.get("byIndex").asBoolean()))
                .contains(true);
        params.put("crossover", NodeListing.CROSSOVER);
        assertThat(queries.single("network/list-nodes-from-place", params, record -> record.get("byIndex").asBoolean()))
                .as("a small country at the crossover the service uses").contains(false);
    }

    @Test
    void aTotalIsCountedFromThePlacesSideWhereItsPageWouldBeFoundByTheIndex() {
        // With the crossover the service uses, Asia's institutions are paged by the index (its side tried first).
        Map<String, Object> params = params(Kind.INSTITUTION, new Place(null, "region:M49-142"), Map.of(), "", 2);
        params.put("budget", 20_000);
        params.put("crossover", NodeListing.CROSSOVER);
        assertThat(queries.single("network/list-nodes-from-place", params, record -> record.get("byIndex").asBoolean()))
                .contains(true);
        long counted = queries.single("network/count-nodes", params, record -> record.get("total").asLong()).orElseThrow();
        String countNodes = cypherQueries.get("network/count-nodes");
        int before = recorder.recorded().size();

        graphQl.document("{ institutions(region: \"region:M49-142\", first: 1) { totalCount } }").execute()
                .path("institutions.totalCount").entity(Long.class).isEqualTo(counted);
        assertThat(recorder.recorded().subList(before, recorder.recorded().size()))
                .as("count-nodes.cypher tests every institution").noneMatch(run -> run.cypher().equals(countNodes));
    }

    @Test
    void aTotalPastTheBudgetIsCountedFromThePlaceAsTheKindsIndexCountsIt() {
        int fromPlace = 0;
        int byIndex = 0;
        for (Kind kind : Kind.values()) {
            for (Place place : PLACES) {
                Map<String, Object> params = params(kind, place, Map.of(), "", 1);
                params.put("here", null);
                var answer = queries.single("network/count-nodes-from-place", params, record -> record).orElseThrow();
                // The ways in as the listing counted them, given rather than counted again, decide alike.
                var listing = new HashMap<>(params);
                listing.put("budget", 20_000);
                listing.put("crossover", Integer.MAX_VALUE);
                var here = queries.single("network/list-nodes-from-place", listing, record -> record.get("here")).orElseThrow();
                if (!here.isNull()) {
                    var given = new HashMap<>(params);
                    given.put("here", here.asLong());
                    assertThat(queries.single("network/count-nodes-from-place", given, record -> record.asMap()).orElseThrow())
                            .as(params.toString()).isEqualTo(answer.asMap());
                }
                if (answer.get("byIndex").asBoolean()) {
                    byIndex++;
                    continue;
                }
                fromPlace++;
                assertThat(answer.get("total").asLong()).as(params.toString())
                        .isEqualTo(queries.single("network/count-nodes", params, record -> record.get("total").asLong()).orElseThrow());
            }
        }
        // Both sides of the rule are taken: e.g. projects of a continent from it, the 9 transfer centres by the index.
        assertThat(fromPlace).isGreaterThan(40);
        assertThat(byIndex).isGreaterThan(5);
    }

    @Test
    void aTotalFromThePlaceKeepsTheOtherFilters() {
        long counted = 0;
        for (Map<String, Object> filters : List.of(Map.<String, Object>of("field", "field:energy"),
                Map.<String, Object>of("asOf", LocalDate.of(2015, 6, 1)))) {
            Map<String, Object> params = params(Kind.PROJECT, new Place("country:KE", null), filters, "", 1);
            params.put("here", null);
            var answer = queries.single("network/count-nodes-from-place", params, record -> record).orElseThrow();
            assertThat(answer.get("byIndex").asBoolean()).as(filters.toString()).isFalse();
            assertThat(answer.get("total").asLong()).as(filters.toString())
                    .isEqualTo(queries.single("network/count-nodes", params, record -> record.get("total").asLong()).orElseThrow());
            counted += answer.get("total").asLong();
        }
        assertThat(counted).as("projects of Kenya in energy, and as of mid-2015").isPositive();
    }

    @Test
    void aListPastTheBudgetTakesItsPageFromTheIndexAndItsTotalFromThePlace() {
        ApiProperties small = ApiSettings.with(environment, "place-listing-budget", 5);
        var listing = new NodeListing(queries, small, referencedIds);
        var args = new ListArguments(3, null, "country:KE", null, null, null, null, null, null);
        var runs = QueryRuns.of(meters, "network/list-nodes-from-place", "network/list-nodes", "network/count-nodes-from-place",
                "network/count-nodes");

        var connection = listing.list(Kind.PROJECT, Project.class, args, true, false);

        assertThat(runs.since()).as("runs of " + runs.queries()).containsExactly(1L, 1L, 1L, 0L);

        Map<String, Object> params = params(Kind.PROJECT, new Place("country:KE", null), Map.of(), "", 3);
        assertThat(connection.totalCount())
                .isEqualTo(queries.single("network/count-nodes", params, record -> record.get("total").asLong()).orElseThrow());
        assertThat(connection.nodes()).map(Project::id).containsExactlyElementsOf(
                queries.list("network/list-nodes", params, record -> record.get("properties").get(0).asString()));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aListWithNoFilterCountsEveryNamedNodeOfItsKind(Kind kind) {
        Map<String, Object> params = params(kind, new Place(null, null), Map.of(), "", 3);
        long everyNode;
        try (var session = driver.session()) {
            // Every node of the kind with a name: the nodes a list shows (a nameless one has no sort key).
            everyNode = session.run("MATCH (n:Entity) WHERE n.kind = $kind AND n.name IS NOT NULL RETURN count(n) AS total",
                    Map.of("kind", kind.name())).single().get("total").asLong();
        }
        assertThat(queries.single("network/count-kind", params, record -> record.get("total").asLong()).orElseThrow())
                .isPositive().isEqualTo(everyNode)
                .isEqualTo(queries.single("network/count-nodes", params, record -> record.get("total").asLong()).orElseThrow());
    }

    @Test
    void theServiceCountsAListWithNoFilterByItsKindAlone() {
        var listing = new NodeListing(queries, ApiSettings.with(environment, "place-listing-budget", 20_000), referencedIds);
        var runs = QueryRuns.of(meters, "network/count-kind", "network/count-nodes");

        var connection = listing.list(Kind.INSTITUTION, Institution.class,
                new ListArguments(2, null, null, null, null, null, null, null, null), true);

        assertThat(runs.since()).as("runs of " + runs.queries()).containsExactly(1L, 0L);
        assertThat(connection.totalCount()).isEqualTo(queries.single("network/count-nodes",
                params(Kind.INSTITUTION, new Place(null, null), Map.of(), "", 2), record -> record.get("total").asLong()).orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theWalkFromThePlaceGivesThePagesAndTotalsOfTheCypherFiles(Kind kind) {
        var listing = new NodeListing(queries, ApiSettings.with(environment, "place-listing-budget", 20_000), referencedIds);
        var walks = QueryRuns.of(meters, "network/list-nodes-from-place (traversal)");
        int compared = 0;
        for (Place place : PLACES) {
            if ((place.country() == null) == (place.region() == null) || place.equals(new Place(null, "region:none"))
                    || place.equals(new Place("country:XX", null))) {
                continue; // one known place only, as the walk answers
            }
            var first = new ListArguments(3, null, place.country(), place.region(), null, null, null, null, null);
            Connection<NetworkNode> walked = listing.list(kind, NetworkNode.class, first, true, true);
            assertThat(shown(walked)).as(kind + " " + place).isEqualTo(shown(listing.list(kind, NetworkNode.class, first, true, false)));
            compared++;
            if (walked.edges().size() == 3) {
                var second = new ListArguments(3, walked.edges().get(1).cursor(), place.country(), place.region(), null, null,
                        null, null, null);
                assertThat(shown(listing.list(kind, NetworkNode.class, second, false, true))).as(kind + " " + place + " after")
                        .isEqualTo(shown(listing.list(kind, NetworkNode.class, second, false, false)));
                compared++;
            }
        }
        assertThat(walks.since()).as("the walk answered every list it was given").containsExactly((long) compared);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theWalkTakesAPageFromTheIndexAsListNodesDoes(Kind kind) {
        int compared = 0;
        for (Place place : PLACES) {
            if ((place.country() == null) == (place.region() == null)) {
                continue;
            }
            for (String after : List.of("", "m")) {
                // A crossover of 0 sends every place with a way in to the index.
                var walk = new PlaceListingTraversal(kind, place.country(), place.region(), after, 3, List.of("id", "name", "since"),
                        20_000, 0);
                PlaceListingTraversal.Found found;
                try (Transaction tx = database.beginTx()) {
                    found = walk.walk(tx);
                }
                if (found.page().isEmpty() || found.page().get().total() != PlaceListingTraversal.NOT_COUNTED) {
                    continue; // no way into the place
                }
                assertThat(found.page().get().items().stream().map(NodeListingTest::item).toList()).as(kind + " " + place + " " + after)
                        .isEqualTo(listed("network/list-nodes", params(kind, place, Map.of(), after, 3)));
                compared++;
            }
        }
        assertThat(compared).as("places paged by the index").isPositive();
    }

    @Test
    void theWalkOfAFieldGivesThePagesOfTheCypherFile() {
        List<String> fields = new ArrayList<>(listed("network/list-nodes", params(Kind.FIELD, new Place(null, null), Map.of(), "", 100))
                .stream().map(item -> (String) ((List<?>) item.get(0)).get(0)).toList());
        fields.add("field:none");
        var kindsFound = new HashSet<Kind>();
        for (Kind kind : Kind.values()) {
            for (String field : fields) {
                for (String after : List.of("", "m")) {
                    List<List<Object>> walked;
                    try (Transaction tx = database.beginTx()) {
                        walked = new FieldListingTraversal(kind, field, after, 3, List.of("id", "name", "since")).walk(tx).stream()
                                .map(NodeListingTest::item).toList();
                    }
                    assertThat(walked).as(kind + " " + field + " " + after)
                            .isEqualTo(listed("network/list-nodes", params(kind, new Place(null, null), Map.of("field", field), after, 3)));
                    if (!walked.isEmpty()) {
                        kindsFound.add(kind);
                    }
                }
            }
        }
        assertThat(kindsFound).as("kinds with pages in a field").contains(Kind.JOINT_LAB, Kind.PROJECT);
    }

    @Test
    void theServiceWalksAListFilteredByAFieldOnly() {
        var listing = new NodeListing(queries, ApiSettings.with(environment, "place-listing-budget", 20_000), referencedIds);
        var runs = QueryRuns.of(meters, "network/list-nodes (traversal)", "network/list-nodes");
        var args = new ListArguments(3, null, null, null, "field:energy", null, null, null, null);

        var walked = listing.list(Kind.JOINT_LAB, JointLab.class, args, false, true);

        assertThat(runs.since()).as("runs of " + runs.queries()).containsExactly(1L, 0L);
        assertThat(walked.edges()).isNotEmpty();
        assertThat(shown(walked)).isEqualTo(shown(listing.list(Kind.JOINT_LAB, JointLab.class, args, false, false)));
    }

    @Test
    void aWalkedListOfAPlacePastTheBudgetTakesItsPageFromTheIndexAndItsTotalFromThePlace() {
        var listing = new NodeListing(queries, ApiSettings.with(environment, "place-listing-budget", 5), referencedIds);
        var args = new ListArguments(3, null, "country:KE", null, null, null, null, null, null);
        var runs = QueryRuns.of(meters, "network/list-nodes-from-place (traversal)", "network/list-nodes-from-place",
                "network/list-nodes", "network/count-nodes-from-place");

        var walked = listing.list(Kind.PROJECT, Project.class, args, true, true);

        assertThat(runs.since()).as("runs of " + runs.queries()).containsExactly(1L, 0L, 1L, 1L);
        assertThat(shown(walked)).isEqualTo(shown(listing.list(Kind.PROJECT, Project.class, args, true, false)));
    }

    /** What a client sees of a page: cursors and ids, the page info and the total. */
    private static List<Object> shown(Connection<? extends NetworkNode> connection) {
        return List.of(connection.edges().stream().map(edge -> edge.cursor() + " " + edge.node().id()).toList(),
                connection.pageInfo(), String.valueOf(connection.totalCount()));
    }

    @Test
    void anInstitutionInAPlaceOnlyThroughAPartnerIsListedThere() {
        graphQl.document("{ institutions(country: \"country:KE\", first: 2) { nodes { id } } }").execute()
                .path("institutions.nodes[*].id").entityList(String.class).containsExactly(P + "a", P + "b");
    }

    /** Asserts the two ways agree, and returns the page's positions. */
    private List<String> compare(Map<String, Object> params, boolean withTotal) {
        var fromPlace = new HashMap<>(params);
        fromPlace.put("budget", Integer.MAX_VALUE);
        fromPlace.put("crossover", Integer.MAX_VALUE);
        var answer = queries.single("network/list-nodes-from-place", fromPlace, record -> record).orElseThrow();
        String what = params.toString();
        assertThat(answer.get("byIndex").asBoolean()).as(what).isFalse();
        List<List<Object>> fromIndex = listed("network/list-nodes", params);
        assertThat(answer.get("page").asList(NodeListingTest::item)).as(what).isEqualTo(fromIndex);
        if (withTotal) {
            assertThat(answer.get("total").asLong()).as(what).isEqualTo(queries.single("network/count-nodes", params, record -> record.get("total").asLong()).orElseThrow());
        }
        return fromIndex.stream().map(item -> (String) item.get(1)).toList();
    }

    private List<List<Object>> listed(String query, Map<String, Object> params) {
        return queries.list(query, params, NodeListingTest::item);
    }

    private static List<Object> item(MapAccessor item) {
        return List.of(item.get("properties").asList(), item.get("position").asString(), item.get("elementId").asString());
    }

    private static Map<String, Object> params(Kind kind, Place place, Map<String, Object> filters, String after, int limit) {
        var params = new HashMap<String, Object>();
        Stream.of("field", "asOf", "type", "status", "regionKind").forEach(name -> params.put(name, null));
        params.putAll(filters);
        params.put("kind", kind.name());
        params.put("label", kind.label());
        params.put("country", place.country());
        params.put("region", place.region());
        params.put("after", after);
        params.put("limit", limit);
        params.put("properties", List.of("id", "name", "since"));
        return params;
    }

    private static NodeRow institution(String key, String name) {
        return SmallGraph.node(NodeListingTest.class, Kind.INSTITUTION, P + key, Map.of("name", name));
    }

    private static EdgeRow edge(EdgeKind kind, String from, String to) {
        return SmallGraph.edge(NodeListingTest.class, kind, from, to, Map.of());
    }

    private record Place(String country, String region) {
    }
}
