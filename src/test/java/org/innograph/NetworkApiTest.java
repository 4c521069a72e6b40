package org.innograph;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.schema.GraphQLEnumType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import graphql.schema.GraphQLEnumValueDefinition;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.innograph.database.CypherQueries;
import org.innograph.database.RecordingQueryExecution;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.junit.jupiter.api.Nested;
import org.neo4j.driver.Driver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The GraphQL API over the sample network, as a client sees it. */
class NetworkApiTest extends IntegrationTest {

    @Autowired
    CypherQueries cypherQueries;

    @Autowired
    RecordingQueryExecution recorder;

    @Autowired
    Driver driver;

    @Nested
    class SampleNetworkFigures {

        @Test
        void statsReadBackTheSeedScaleOfTheCooperationNetwork() {
            // The seed fixes the synthetic network (README, "The sample network"); the design asks for at least
            // 50 labs, 20 demo centres, 70 parks, 9 transfer centres, 300 activities, 1,000 projects, 80 countries.
            Map<String, Long> nodes = countsByKind("stats.nodes");
            assertThat(nodes).containsEntry("JOINT_LAB", 60L).containsEntry("DEMO_CENTER", 24L)
                    .containsEntry("INDUSTRIAL_PARK", 75L).containsEntry("TRANSFER_CENTER", 9L)
                    .containsEntry("ACTIVITY", 320L).containsEntry("PROJECT", 1_100L).containsEntry("AGREEMENT", 99L);
            assertThat(graphQl.documentName("stats").execute().path("stats.countriesWithAgreement").entity(Long.class).get())
                    .isEqualTo(91L);
        }

        @Test
        void statsCountEveryRealCountryRegionAndInstitution() {
            Map<String, Long> nodes = countsByKind("stats.nodes");
            // The derived files: 249 ISO countries, 29 UN M49 regions + 9 blocs, 11,769 active ROR records.
            assertThat(nodes).containsEntry("COUNTRY", 249L).containsEntry("REGION", 38L).containsEntry("INSTITUTION", 11_769L);
        }

        @Test
        void realEdgesAreCountedAsTheSourceFilesHaveThem() throws IOException {
            Map<String, Long> edges = countsByKind("stats.edges");
            assertThat(edges.get("IN_REGION")).isEqualTo(csvRows("country_regions.csv", row -> true));
            assertThat(edges.get("RELATED_TO")).isEqualTo(csvRows("institution_relationships.csv", row -> row.get("type").equals("RELATED_TO")));
            assertThat(edges.get("SUCCEEDS")).isEqualTo(csvRows("institution_relationships.csv", row -> row.get("type").equals("SUCCEEDS")));
            // PART_OF: an institution's parent, or a sub-region's region.
            assertThat(edges.get("PART_OF")).isEqualTo(csvRows("institution_relationships.csv", row -> row.get("type").equals("PART_OF"))
                    + csvRows("regions.csv", row -> !row.get("parent_code").isBlank()));
        }

        /** Rows of a derived sample file, read here rather than through the loader under test. */
        private long csvRows(String file, Predicate<CSVRecord> which) throws IOException {
            try (var reader = new InputStreamReader(new ClassPathResource("sample/" + file).getInputStream(), StandardCharsets.UTF_8)) {
                return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                        .filter(which).count();
            }
        }

        @Test
        void statsListEveryKindOfEdgeAndAddUp() {
            Map<String, Long> edges = countsByKind("stats.edges");
            assertThat(edges).allSatisfy((kind, count) -> assertThat(count).as(kind).isPositive());
            assertThat(graphQl.documentName("stats").execute().path("stats.totalEdges").entity(Long.class).get())
                    .isEqualTo(edges.values().stream().mapToLong(Long::longValue).sum());
        }

        @Test
        void jointLabsCoverHealthTransportMaterialsAndEnergy() {
            for (String field : List.of("field:health", "field:transport", "field:materials", "field:energy")) {
                long labs = graphQl.documentName("labsPage").variable("field", field).variable("first", 1).execute()
                        .path("labs.totalCount").entity(Long.class).get();
                assertThat(labs).as(field).isPositive();
            }
        }

        @Test
        void projectsJoinInstitutionsFromSeveralCountriesAndSaySoAreSynthetic() {
            List<Map<String, Object>> projects = graphQl.documentName("projectsPage").variable("first", 100).execute()
                    .path("projects.nodes").entityList(Map.class).get().stream().map(p -> (Map<String, Object>) p).toList();
            assertThat(projects).hasSize(100).allSatisfy(project -> {
                var provenance = (Map<String, Object>) project.get("provenance");
                assertThat(provenance).containsEntry("synthetic", true);
                var countries = new HashSet<>();
                for (var participant : (List<Map<String, Map<String, Map<String, Object>>>>) project.get("participants")) {
                    countries.add(participant.get("institution").get("country").get("id"));
                }
                assertThat(countries).as("countries of %s", project.get("id")).hasSizeGreaterThanOrEqualTo(2);
            });
        }

        @Test
        void eachTransferCenterServesABloc() {
            GraphQlTester.Response response = graphQl.documentName("transferCenters").execute();
            response.path("transferCenters.totalCount").entity(Long.class).isEqualTo(9L);
            response.path("transferCenters.nodes[*].serves[0].regionKind").entityList(String.class)
                    .satisfies(kinds -> assertThat(kinds).hasSize(9).allMatch(kind -> kind.equals("bloc") || kind.equals("cooperation-mechanism")));
            response.path("transferCenters.nodes[*].serves[0].id").entityList(String.class)
                    .satisfies(regions -> assertThat(new HashSet<>(regions)).hasSize(9));
        }

        private Map<String, Long> countsByKind(String path) {
            List<Map> rows = graphQl.documentName("stats").execute().path(path).entityList(Map.class).get();
            var counts = new LinkedHashMap<String, Long>();
            rows.forEach(row -> counts.put((String) row.get("kind"), ((Number) row.get("count")).longValue()));
            return counts;
        }
    }

    @Nested
    class Lookup {

        @Test
        void findsACountryByIdWithItsRealCodesRegionsAndSource() {
            GraphQlTester.Response response = graphQl.documentName("nodeById").variable("id", "country:KE").execute();
            response.path("node.kind").entity(String.class).isEqualTo("COUNTRY");
            response.path("node.iso3").entity(String.class).isEqualTo("KEN");
            response.path("node.m49").entity(String.class).isEqualTo("404");
            response.path("node.regions[*].id").entityList(String.class).contains("region:M49-002", "region:AU");
            response.path("node.provenance.synthetic").entity(Boolean.class).isEqualTo(false);
            response.path("node.provenance.source").entity(String.class).satisfies(source -> assertThat(source).contains("country-codes"));
        }

        @Test
        void onlyThePropertiesTheSelectionShowsLeaveTheDatabase() {
            // A list with a filter the Core API walk of a place does not answer (NodeListingTest), since node(id)
            // walks the Core API in-process (NodeLookupTest) and runs no query to record.
            graphQl.document("{ institutions(first: 1, country: \"country:CN\", type: \"education\") { nodes { id name ... on Institution { city provenance { source } } } } }")
                    .execute().path("institutions.nodes").entityList(Object.class).hasSizeGreaterThan(0);
            // A country's list is found from the country when few nodes are in it (NodeListingTest).
            String listNodes = cypherQueries.get("network/list-nodes-from-place");
            List<RecordingQueryExecution.Run> runs = recorder.recorded().stream()
                    .filter(run -> run.cypher().equals(listNodes) && "country:CN".equals(run.parameters().get("country")))
                    .toList();
            assertThat(runs.get(runs.size() - 1).parameters().get("properties"))
                    .isEqualTo(List.of("id", "kind", "name", "source", "asOf", "synthetic", "city"));
        }

        @Test
        void participationsShowTheRolesOfTheirEdges() {
            graphQl.documentName("labsWithPartners").variable("first", 5).execute()
                    .path("labs.nodes[0].partners[*].role").entityList(String.class)
                    .satisfies(roles -> assertThat(roles).isNotEmpty().doesNotContainNull());
        }

        @Test
        void findsARealInstitutionWithItsCountry() {
            GraphQlTester.Response response = graphQl.documentName("nodeById").variable("id", "ror:03cve4549").execute();
            response.path("node.name").entity(String.class).isEqualTo("Tsinghua University");
            response.path("node.country.id").entity(String.class).isEqualTo("country:CN");
            response.path("node.provenance.source").entity(String.class).satisfies(source -> assertThat(source).contains("ROR"));
        }

        @Test
        void aJointLabHasPartnersFromAtLeastTwoCountries() {
            GraphQlTester.Response response = graphQl.documentName("nodeById").variable("id", "lab:0001").execute();
            response.path("node.kind").entity(String.class).isEqualTo("JOINT_LAB");
            response.path("node.partners[*].institution.country.id").entityList(String.class)
                    .satisfies(countries -> assertThat(new HashSet<>(countries)).hasSizeGreaterThanOrEqualTo(2));
            response.path("node.provenance.synthetic").entity(Boolean.class).isEqualTo(true);
        }

        @Test
        void anUnknownIdIsANotFoundError() {
            graphQl.documentName("nodeById").variable("id", "country:XX").execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND").containsEntry("id", "country:XX");
                        assertThat(error.getPath()).isEqualTo("node");
                    }))
                    .path("node").valueIsNull();
        }
    }

    @Nested
    class Search {

        @Test
        void findsAnInstitutionByTheStartOfItsName() {
            List<String> ids = searchIds("tsinghua univ", null);
            assertThat(ids).first().isEqualTo("ror:03cve4549");
        }

        @Test
        void findsByAliasInAnotherScript() {
            assertThat(searchIds("清华大学", null)).contains("ror:03cve4549");
        }

        @Test
        void findsACountryByItsIsoCode() {
            assertThat(searchIds("KEN", List.of("COUNTRY"))).containsExactly("country:KE");
        }

        @Test
        void kindsNarrowTheHits() {
            GraphQlTester.Response response = graphQl.documentName("search").variable("text", "energy")
                    .variable("kinds", List.of("JOINT_LAB")).variable("first", 50).execute();
            response.path("search.edges[*].node.kind").entityList(String.class)
                    .satisfies(kinds -> assertThat(kinds).isNotEmpty().containsOnly("JOINT_LAB"));
        }

        @Test
        void aCountryFilterKeepsOnlyNodesThere() {
            GraphQlTester.Response response = graphQl.documentName("search").variable("text", "university")
                    .variable("kinds", List.of("INSTITUTION")).variable("country", "country:KE").variable("first", 100).execute();
            List<String> ids = response.path("search.edges[*].node.id").entityList(String.class).get();
            assertThat(ids).isNotEmpty();
            for (String id : ids) {
                graphQl.documentName("nodeById").variable("id", id).execute().path("node.country.id").entity(String.class)
                        .isEqualTo("country:KE");
            }
        }

        @Test
        void luceneOperatorsInTheTextAreTakenLiterally() {
            GraphQlTester.Response response = graphQl.documentName("search").variable("text", "univ:ersity (AND\" OR *~").execute();
            response.errors().verify();
            response.path("search.totalCount").entity(Long.class).isEqualTo(0L);
        }

        @Test
        void blankTextIsABadUserInputError() {
            expectBadInput(graphQl.documentName("search").variable("text", "   ").execute(), "text");
        }

        @Test
        void aRegionFilterKeepsTheHitsLocatedInTheRegion() {
            String africa = "region:M49-002";
            List<String> all = searchAll("university", null);
            List<String> inAfrica = searchAll("university", africa);
            Set<String> located;
            // Written here from the model, through a Bolt session: the search finds the region's countries first.
            try (var session = driver.session()) {
                located = new HashSet<>(session.run("""
                        MATCH (i:Institution)-[:LOCATED_IN]->(:Country)-[:IN_REGION]->(:Region {id: $region})
                        RETURN i.id AS id""", Map.of("region", africa)).list(row -> row.get("id").asString()));
            }
            assertThat(inAfrica).isNotEmpty().hasSizeLessThan(all.size())
                    .containsExactlyElementsOf(all.stream().filter(located::contains).toList());
        }

        /** Every hit of a search for institutions, page after page, best first. */
        private List<String> searchAll(String text, String region) {
            var ids = new ArrayList<String>();
            String after = null;
            do {
                GraphQlTester.Response page = graphQl.documentName("search").variable("text", text)
                        .variable("kinds", List.of("INSTITUTION")).variable("region", region).variable("first", 50)
                        .variable("after", after).execute();
                ids.addAll(page.path("search.edges[*].node.id").entityList(String.class).get());
                after = page.path("search.pageInfo.hasNextPage").entity(Boolean.class).get()
                        ? page.path("search.pageInfo.endCursor").entity(String.class).get() : null;
            } while (after != null);
            return ids;
        }

        private List<String> searchIds(String text, List<String> kinds) {
            return graphQl.documentName("search").variable("text", text).variable("kinds", kinds).variable("first", 10)
                    .execute().path("search.edges[*].node.id").entityList(String.class).get();
        }
    }

    @Nested
    class Pagination {

        @Test
        void walkingEveryPageOfCountriesGivesEachCountryOnceInNameOrder() {
            List<Map> all = walk("countriesPage", "countries", 40, Map.of());
            long total = graphQl.documentName("countriesPage").variable("first", 1).execute()
                    .path("countries.totalCount").entity(Long.class).get();
            assertThat(all).hasSize((int) total);
            List<String> ids = all.stream().map(edge -> (String) ((Map) edge.get("node")).get("id")).toList();
            assertThat(new HashSet<>(ids)).hasSize(ids.size());
            List<String> names = all.stream().map(edge -> (String) ((Map) edge.get("node")).get("name")).toList();
            assertThat(names).isSortedAccordingTo(Comparator.comparing(name -> name.toLowerCase(Locale.ROOT)));
        }

        @Test
        void filteredPagesAddUpToTheFilteredTotal() {
            List<Map> asean = walk("countriesPage", "countries", 4, Map.of("region", "region:ASEAN"));
            long total = graphQl.documentName("countriesPage").variable("region", "region:ASEAN").execute()
                    .path("countries.totalCount").entity(Long.class).get();
            assertThat(asean).hasSize((int) total);
            assertThat(total).isEqualTo(11);
        }

        @Test
        void aRegionFilterKeepsTheLabsLocatedThereOrWithAPartnerThere() {
            String europe = "region:M49-150";
            List<String> listed = walk("labsPage", "labs", 7, Map.of("region", europe)).stream()
                    .map(lab -> (String) lab.get("id")).toList();
            // Written here from the model, through a Bolt session: the listing finds the region's countries first.
            List<String> expected;
            try (var session = driver.session()) {
                expected = session.run("""
                        MATCH (l:JointLab), (r:Region {id: $region})
                        WHERE EXISTS { (l)-[:IN_REGION]->(r) }
                           OR EXISTS { (l)-[:LOCATED_IN|SIGNED]-(:Country)-[:IN_REGION]->(r) }
                           OR EXISTS { (l)<-[:PARTNER_OF|OPERATES|PARTICIPATES_IN|ORGANISES]-(:Institution)-[:LOCATED_IN]->(:Country)-[:IN_REGION]->(r) }
                        RETURN l.id AS id ORDER BY l.sortKey""", Map.of("region", europe)).list(row -> row.get("id").asString());
            }
            assertThat(listed).isNotEmpty().containsExactlyElementsOf(expected);
            assertThat(graphQl.documentName("labsPage").variable("region", europe).execute()
                    .path("labs.totalCount").entity(Long.class).get()).isEqualTo(expected.size());
        }

        @Test
        void searchPagesNeitherRepeatNorSkipHits() {
            var ids = new ArrayList<String>();
            String after = null;
            long total;
            do {
                GraphQlTester.Response page = graphQl.documentName("search").variable("text", "university")
                        .variable("country", "country:KE").variable("first", 7).variable("after", after).execute();
                total = page.path("search.totalCount").entity(Long.class).get();
                ids.addAll(page.path("search.edges[*].node.id").entityList(String.class).get());
                after = page.path("search.pageInfo.hasNextPage").entity(Boolean.class).get()
                        ? page.path("search.pageInfo.endCursor").entity(String.class).get() : null;
            } while (after != null);
            assertThat(ids).hasSize((int) total).doesNotHaveDuplicates();
            assertThat(total).isGreaterThan(7);
        }

        @Test
        void theLastPageSaysThereIsNoNextPage() {
            GraphQlTester.Response page = graphQl.documentName("countriesPage").variable("first", 100)
                    .variable("region", "region:ASEAN").execute();
            page.path("countries.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
            page.path("countries.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
        }

        @Test
        void anAsOfDateLeavesOutLabsNotYetEstablished() {
            List<Map> labs = walk("labsPage", "labs", 100, Map.of("asOf", "2010-01-01"));
            assertThat(labs).isNotEmpty().allSatisfy(lab -> assertThat((String) lab.get("since")).isLessThanOrEqualTo("2010-01-01"));
            long all = graphQl.documentName("labsPage").execute().path("labs.totalCount").entity(Long.class).get();
            assertThat(labs.size()).isLessThan((int) all);
        }

        /** Follows endCursor until hasNextPage is false; returns the edges (or nodes) of every page. */
        private List<Map> walk(String document, String field, int first, Map<String, Object> variables) {
            var items = new ArrayList<Map>();
            String after = null;
            do {
                var request = graphQl.documentName(document).variable("first", first).variable("after", after);
                variables.forEach(request::variable);
                GraphQlTester.Response page = request.execute();
                String list = document.equals("countriesPage") ? ".edges" : ".nodes";
                items.addAll(page.path(field + list).entityList(Map.class).get());
                after = page.path(field + ".pageInfo.hasNextPage").entity(Boolean.class).get()
                        ? page.path(field + ".pageInfo.endCursor").entity(String.class).get() : null;
            } while (after != null);
            return items;
        }
    }

    @Nested
    class PartialResults {

        @Test
        void oneUnknownIdAmongTwentyNeighbourhoodsLeavesTheOtherNineteenAnswered() {
            String labs = IntStream.rangeClosed(1, 19)
                    .mapToObj(i -> "n%d: neighbourhood(id: \"lab:%04d\", depth: 1) { nodes { id } }".formatted(i, i))
                    .collect(Collectors.joining("\n"));
            var response = graphQl.document("{ " + labs + "\n unknown: neighbourhood(id: \"lab:nope\", depth: 1) { nodes { id } } }")
                    .execute();
            response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND");
                assertThat(error.getPath()).isEqualTo("unknown");
            }));
            response.path("unknown").valueIsNull();
            for (int i = 1; i <= 19; i++) {
                response.path("n%d.nodes[0].id".formatted(i)).entity(String.class).isEqualTo("lab:%04d".formatted(i));
            }
        }
    }

    @Nested
    class BadInput {

        @Test
        void aNegativePageSizeNamesTheArgument() {
            expectBadInput(graphQl.documentName("countriesPage").variable("first", -1).execute(), "first");
        }

        @Test
        void aPageSizeAboveTheLimitIsRefusedNotShortened() {
            expectBadInput(graphQl.documentName("countriesPage").variable("first", 101).execute(), "first");
        }

        @Test
        void aMalformedCursorNamesTheArgument() {
            expectBadInput(graphQl.documentName("countriesPage").variable("after", "not-a-cursor!").execute(), "after");
        }

        @Test
        void aSearchCursorIsRefusedByAKindList() {
            String searchCursor = graphQl.documentName("search").variable("text", "university").variable("first", 1).execute()
                    .path("search.pageInfo.endCursor").entity(String.class).get();
            expectBadInput(graphQl.documentName("countriesPage").variable("after", searchCursor).execute(), "after");
        }

        @Test
        void aFilterNamingNoRegionIsRefused() {
            expectBadInput(graphQl.documentName("countriesPage").variable("region", "region:NOPE").execute(), "region");
        }

        @Test
        void aFilterNamingANodeOfAnotherKindIsRefused() {
            expectBadInput(graphQl.documentName("labsPage").variable("field", "country:KE").execute(), "field");
        }

        @Test
        void aVariableOfTheWrongTypeIsBadInputNamingTheVariable() {
            graphQl.documentName("countriesPage").variable("first", "ten").execute().errors().satisfy(errors ->
                    assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT").containsEntry("variable", "first");
                        assertThat(error.getMessage()).doesNotContain("Exception");
                    }));
        }

        @Test
        void aLiteralOfTheWrongTypeNamesItsArgumentAndIsWrittenAsTheClientWroteIt() {
            graphQl.documentName("literalsOfTheWrongType").execute().errors().satisfy(errors -> {
                assertThat(errors).extracting(error -> error.getExtensions().get("code")).containsOnly("BAD_USER_INPUT");
                assertThat(errors).extracting(error -> error.getExtensions().get("argument"))
                        .containsExactlyInAnyOrder("kinds", "asOf", "first");
                assertThat(errors).extracting(ResponseError::getMessage).anySatisfy(message -> assertThat(message)
                        .startsWith("search: argument 'kinds[0]' with value INSTITUTON is not a valid 'Kind'"));
                assertThat(errors).extracting(ResponseError::getMessage).anySatisfy(message -> assertThat(message)
                        .contains("with value \"2020-13-45\""));
                assertThat(errors).extracting(ResponseError::getMessage).allSatisfy(message -> assertThat(message)
                        .doesNotContain("Value{", "WrongType@", "Exception"));
            });
        }

        @Test
        void aMalformedDateIsAValidationErrorNotAStackTrace() {
            graphQl.documentName("labsPage").variable("asOf", "2020-13-45").execute().errors().satisfy(errors ->
                    assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getMessage()).contains("2020-13-45").doesNotContain("Exception");
                    }));
        }
    }

    @Nested
    class Batching {

        @Autowired
        MeterRegistry meters;

        @Test
        void aPageOfLabsWithPartnersAndTheirCountriesCostsAFixedNumberOfQueries() {
            long before = queriesRun();
            List<Map> labs = graphQl.documentName("labsWithPartners").variable("first", 60).execute()
                    .path("labs.nodes").entityList(Map.class).get();
            long used = queriesRun() - before;
            assertThat(labs).hasSize(60);
            // list + hostCountry + fields + partners + partners' countries + their regions: one query each.
            assertThat(used).isLessThanOrEqualTo(6);
        }

        @Test
        void aPageOfAHundredProjectsWithParticipantsAndTheirCountriesCostsAFixedNumberOfQueries() {
            long before = queriesRun();
            List<Map> projects = graphQl.documentName("projectsWithParticipants").variable("first", 100).execute()
                    .path("projects.nodes").entityList(Map.class).get();
            long used = queriesRun() - before;
            assertThat(projects).hasSize(100);
            // list + fields + lab + participants + participants' countries + their regions.
            assertThat(used).isLessThanOrEqualTo(6);
        }

        private long queriesRun() {
            return meters.find("innograph.cypher").timers().stream().mapToLong(Timer::count).sum();
        }
    }

    @Nested
    class Schema {

        @Autowired
        GraphQlSource source;

        @Test
        void theKindEnumsOfTheSchemaAreThoseOfTheCode() {
            assertThat(enumValues("Kind")).containsExactlyInAnyOrderElementsOf(Arrays.stream(Kind.values()).map(Enum::name).toList());
            assertThat(enumValues("EdgeKind")).containsExactlyInAnyOrderElementsOf(
                    Arrays.stream(EdgeKind.values()).map(Enum::name).toList());
        }

        private List<String> enumValues(String type) {
            return ((GraphQLEnumType) source.schema().getType(type)).getValues().stream()
                    .map(GraphQLEnumValueDefinition::getName).toList();
        }
    }

    @Nested
    class Operations {

        @Autowired
        MockMvcTester mvc;

        @Test
        void healthIncludesNeo4jAndTheSampleNetwork() {
            assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyJson()
                    .satisfies(json -> assertThat(json.getJson()).contains("\"neo4j\"").contains("\"sampleNetwork\""));
            assertThat(mvc.get().uri("/actuator/health")).bodyJson().extractingPath("$.components.neo4j.status").isEqualTo("UP");
        }

        @Test
        void graphiqlIsServedAndPointsAtTheGraphQlEndpoint() {
            assertThat(mvc.get().uri("/graphiql")).hasStatus3xxRedirection().redirectedUrl().contains("path=/graphql");
            assertThat(mvc.get().uri("/graphiql?path=/graphql")).hasStatusOk().bodyText().containsIgnoringCase("graphiql");
        }
    }

    static void expectBadInput(GraphQlTester.Response response, String argument) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT").containsEntry("argument", argument);
            assertThat(error.getMessage()).doesNotContain("Exception");
        }));
    }
}
