package org.innograph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ResponseError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No request can take the service down: what is over a bound is refused before it runs, what runs stops at
 * its deadline or when its client leaves, and HTTP fails the way GraphQL does, with a code.
 */
class BoundedRequestsTest extends IntegrationTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Autowired
    MeterRegistry meters;

    @Autowired
    Driver driver;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Nested
    class RefusedBeforeItRuns {

        /** These tests count every query that ends while they run: none of the tests before may still have one going. */
        @BeforeEach
        void nothingElseRuns() {
            awaitQuiet();
        }

        @Test
        void aTenLevelQueryIsTooDeepAndNothingReachesNeo4j() {
            long queriesBefore = cypherQueriesRun();
            ResponseError error = onlyError(graphQl.documentName("tenLevels").execute().errors());
            assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_DEEP").containsEntry("limit", 10L)
                    .containsEntry("value", 12L).containsEntry("setting", "innograph.api.max-depth");
            assertThat(error.getMessage()).contains("12", "10", "innograph.api.max-depth");
            assertThat(cypherQueriesRun()).isEqualTo(queriesBefore);
        }

        @Test
        void nineHundredAliasesHiddenInAFragmentAreCountedOnceExpanded() {
            String aliases = IntStream.rangeClosed(1, 900)
                    .mapToObj(i -> "a%d: neighbourhood(id: \"lab:0001\", depth: 3) { truncated }".formatted(i))
                    .collect(Collectors.joining(" "));
            long queriesBefore = cypherQueriesRun();
            ResponseError error = onlyError(graphQl.document("query { ...F } fragment F on Query { " + aliases + " }").execute().errors());
            assertThat(error.getExtensions()).containsEntry("value", 900L);
            assertThat(error.getExtensions().get("code")).isIn("TOO_MANY_ROOT_FIELDS", "TOO_MANY_ALIASES");
            assertThat(cypherQueriesRun()).isEqualTo(queriesBefore);
        }

        @Test
        void aHundredFieldQueryIsRefusedOnItsAliasesBeforeItIsParsed() {
            String fields = IntStream.rangeClosed(1, 100).mapToObj(i -> "f%d: stats { totalNodes }".formatted(i))
                    .collect(Collectors.joining(" "));
            long queriesBefore = cypherQueriesRun();
            ResponseError error = onlyError(graphQl.document("{ " + fields + " }").execute().errors());
            assertThat(error.getExtensions()).containsEntry("code", "TOO_MANY_ALIASES").containsEntry("limit", 30L)
                    .containsEntry("value", 100L);
            assertThat(cypherQueriesRun()).isEqualTo(queriesBefore);
        }

        @Test
        void moreTopLevelFieldsThanTheLimitAreTooMany() {
            String fields = IntStream.rangeClosed(1, 25).mapToObj(i -> "f%d: stats { totalNodes }".formatted(i))
                    .collect(Collectors.joining(" "));
            long queriesBefore = cypherQueriesRun();
            ResponseError error = onlyError(graphQl.document("{ " + fields + " }").execute().errors());
            assertThat(error.getExtensions()).containsEntry("code", "TOO_MANY_ROOT_FIELDS").containsEntry("limit", 20L)
                    .containsEntry("value", 25L);
            assertThat(cypherQueriesRun()).isEqualTo(queriesBefore);
        }

        @Test
        void aliasesInAFragmentSpreadTwiceAreCountedTwice() {
            String aliases = IntStream.rangeClosed(1, 20).mapToObj(i -> "c%d: countries(first: 1) { totalCount }".formatted(i))
                    .collect(Collectors.joining(" "));
            ResponseError error = onlyError(graphQl.document(
                    "{ a: regions(first: 1) { nodes { id } } ...F b: stats { totalNodes } } fragment F on Query { " + aliases + " }")
                    .execute().errors());
            // 22 aliases as written, under the limit of 30; the operation has 22 top-level fields once expanded.
            assertThat(error.getExtensions()).containsEntry("code", "TOO_MANY_ROOT_FIELDS").containsEntry("value", 22L);
        }

        @Test
        void aShallowQueryOfNestedListsIsTooCostly() {
            long queriesBefore = cypherQueriesRun();
            ResponseError error = onlyError(graphQl.documentName("costlyButShallow").execute().errors());
            // labs 1 + 100 rows; nodes 1; partners 100; institution 100^2; labs 100^2; partners 100^3; institution and
            // name 100^4 each.
            long expected = 1 + 100 + 1 + 100 + 10_000 + 10_000 + 1_000_000 + 2 * 100_000_000L;
            assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COSTLY").containsEntry("limit", 2_000_000L)
                    .containsEntry("value", expected);
            assertThat(cypherQueriesRun()).isEqualTo(queriesBefore);
        }

        @Test
        void aFragmentBombStopsTheAnalysisAtTheFieldLimit() {
            ResponseError error = onlyError(graphQl.document(bomb()).execute().errors());
            assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COSTLY").containsEntry("setting", "innograph.api.max-fields");
        }

        /** Each fragment selects the next one twice, under two names: 2^20 fields 22 levels down, once expanded. */
        private String bomb() {
            var document = new StringBuilder("{ regions(first: 1) { nodes { ...R0 } } }\n");
            for (int i = 0; i < 10; i++) {
                document.append("fragment R%d on Region { countries { ...C%d } more: countries { ...C%d } }\n".formatted(i, i, i));
                document.append("fragment C%d on Country { regions { ...R%d } more: regions { ...R%d } }\n".formatted(i, i + 1, i + 1));
            }
            return document.append("fragment R10 on Region { id }\n").toString();
        }

        @Test
        void aDocumentOfTooManyTokensIsTooLarge() {
            String fields = IntStream.range(0, 16_000).mapToObj(i -> "id").collect(Collectors.joining(" "));
            ResponseError error = onlyError(graphQl.document("{ node(id: \"country:KE\") { " + fields + " } }").execute().errors());
            assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_LARGE");
        }

        @Test
        void theCostOfAQueryIsReportedToTheClient() throws Exception {
            JsonNode cost = json.readTree(post(body(document("countriesCost"), Map.of()), GRAPHQL_RESPONSE).body()).at("/extensions/cost");
            assertThat(cost.get("value").asLong()).isEqualTo(12);
            assertThat(cost.get("depth").asInt()).isEqualTo(3);
            assertThat(cost.get("limit").asLong()).isEqualTo(2_000_000);
        }

        @Test
        void everyExampleQueryOfTheReadmeRunsWithinTheBounds() throws IOException {
            String readme = Files.readString(Path.of("README.md"));
            Matcher block = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL).matcher(readme);
            int examples = 0;
            while (block.find()) {
                graphQl.document(block.group(1)).execute().errors().verify();
                examples++;
            }
            assertThat(examples).isGreaterThanOrEqualTo(4);
        }
    }

    @Nested
    class Deadline {

        @Test
        void aQueryPastItsDeadlineAnswersTimeoutWithTheDataFetchedSoFarAndLeavesNoTransaction() throws Exception {
            // Plan the quick field first, so that only the slow ones can run out of time on a busy machine.
            post(body("{ node(id: \"country:KE\") { name } }", Map.of()), GRAPHQL_RESPONSE);
            // The 19 neighbourhoods take ~1.7 s together on a 2-core machine, ~0.1 s each.
            JsonNode answer = json.readTree(post(body(document("nodeBesideSlowNeighbourhoods"), Map.of("timeoutMs", 400)),
                    GRAPHQL_RESPONSE).body());
            assertThat(answer.at("/data/kenya/name").asString()).isEqualTo("Kenya");
            assertThat(codes(answer)).contains("TIMEOUT");
            // Each error says the deadline this request had, not the setting's default.
            answer.path("errors").valueStream().forEach(error -> {
                assertThat(error.at("/extensions/limit").asLong()).as(error.toString()).isEqualTo(400);
                assertThat(error.at("/message").asString()).contains("deadline of 400 ms");
            });
            assertThat(answer.at("/data/n19").isNull()).isTrue();
            await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(openTransactions()).isZero());
        }

        @Test
        void anAnswerGrowingPastItsSizeLimitIsCancelled() throws Exception {
            // Each of the 100 countries' names alone is more than 200 bytes of answer with their keys.
            JsonNode answer = json.readTree(post(body("{ countries(first: 100) { nodes { id name iso2 iso3 } } }",
                    Map.of("maxResponseBytes", 2_000)), GRAPHQL_RESPONSE).body());
            assertThat(codes(answer)).containsExactly("RESPONSE_TOO_LARGE");
            assertThat(answer.at("/errors/0/extensions/limit").asLong()).isEqualTo(2_000);
            assertThat(answer.path("data").isNull() || answer.path("data").isMissingNode()).isTrue();
        }

        @Test
        void theSizeLimitHoldsForAnAnswerCompletedPastItsDeadline() throws Exception {
            // The hub's neighbourhood, ~0.1 s to fetch and ~190 KB of answer; at each deadline, fetched or not, in
            // time or not, what comes back stays within the 20 KB asked for (the errors aside).
            String query = "{ neighbourhood(id: \"country:CN\", depth: 3, limit: 5000) { truncated nodes { id label } } }";
            for (int timeoutMs = 10; timeoutMs <= 400; timeoutMs += 10) {
                JsonNode answer = json.readTree(post(body(query, Map.of("timeoutMs", timeoutMs, "maxResponseBytes", 20_000)),
                        GRAPHQL_RESPONSE).body());
                assertThat(json.writeValueAsString(answer.path("data")).length()).as("data at %d ms", timeoutMs)
                        .isLessThanOrEqualTo(20_000);
                if (answer.at("/data/neighbourhood/nodes").isArray()) {
                    assertThat(codes(answer)).as("at %d ms", timeoutMs).isEmpty();
                }
                else {
                    assertThat(codes(answer)).as("at %d ms", timeoutMs).containsAnyOf("TIMEOUT", "RESPONSE_TOO_LARGE");
                }
            }
            // Nothing of these requests goes on after them.
            await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
                assertThat(meters.get("innograph.graphql.running").gauge().value()).isZero();
                assertThat(openTransactions()).isZero();
            });
        }

        @Test
        void aClientMayAskForAShorterDeadlineButNotForALongerOne() throws Exception {
            JsonNode answer = json.readTree(post(body("{ stats { totalNodes } }", Map.of("timeoutMs", 60_000)), GRAPHQL_RESPONSE).body());
            assertThat(codes(answer)).isEmpty();
            assertThat(answer.at("/data/stats/totalNodes").asLong()).isPositive();
        }
    }

    @Nested
    class ClientLeaves {

        @Test
        void aClosedConnectionEndsTheExecutionAndItsTransactionsWithinASecond() throws Exception {
            byte[] request = body(document("nodeBesideSlowNeighbourhoods"), Map.of()).getBytes(StandardCharsets.UTF_8);
            long walkedBefore = neighbourhoodsWalked();
            try (var socket = new Socket("127.0.0.1", port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                        + request.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(request);
                out.flush();
                await().atMost(Duration.ofSeconds(5)).until(() -> openTransactions() > 0);
            }
            await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> {
                assertThat(openTransactions()).isZero();
                assertThat(meters.get("innograph.graphql.running").gauge().value()).isZero();
            });
            // Ended, not finished: of its 19 neighbourhoods, those not begun when the client left never run.
            Thread.sleep(1_000);
            assertThat(neighbourhoodsWalked() - walkedBefore).isLessThan(19);
        }
    }

    @Nested
    class OverHttp {

        @Test
        void malformedJsonIsABadRequest() throws Exception {
            assertRefused(post("{\"query\": \"{ stats { totalNodes } ", GRAPHQL_RESPONSE), 400, "MALFORMED_REQUEST");
        }

        @Test
        void aBatchIsRefused() throws Exception {
            assertRefused(post("[{\"query\":\"{ stats { totalNodes } }\"}]", GRAPHQL_RESPONSE), 400, "BATCH_NOT_SUPPORTED");
        }

        @Test
        void aBodyThatIsNotJsonIsAnUnsupportedMediaType() throws Exception {
            var response = http.send(HttpRequest.newBuilder(endpoint()).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("{ stats { totalNodes } }")).build(), HttpResponse.BodyHandlers.ofString());
            assertRefused(response, 415, "UNSUPPORTED_MEDIA_TYPE");
        }

        @Test
        void aBodyOverTheLimitIsRefusedWith413() throws Exception {
            String padded = "{\"query\": \"{ stats { totalNodes } }\", \"operationName\": \"" + " ".repeat(2 * 1024 * 1024) + "\"}";
            assertRefused(post(padded, GRAPHQL_RESPONSE), 413, "REQUEST_TOO_LARGE");
        }

        @Test
        void aMutationOverGetIsNotAllowed() throws Exception {
            var response = get("mutation { anything }");
            assertRefused(response, 405, "METHOD_NOT_ALLOWED");
            assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        }

        @Test
        void aQueryOverGetIsAnswered() throws Exception {
            JsonNode answer = json.readTree(get("{ stats { totalNodes } }").body());
            assertThat(answer.at("/data/stats/totalNodes").asLong()).isPositive();
        }

        @Test
        void putIsNotAllowed() throws Exception {
            var response = http.send(HttpRequest.newBuilder(endpoint()).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body("{ stats { totalNodes } }", Map.of()))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertRefused(response, 405, "METHOD_NOT_ALLOWED");
            assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST");
        }

        @Test
        void aBoundTheClientLowersMustBeAPositiveWholeNumber() throws Exception {
            for (Object bad : List.of("abc", -5, 0, 1.5, true)) {
                for (String name : List.of("timeoutMs", "maxResponseBytes")) {
                    var response = post(json.writeValueAsString(Map.of("query", "{ stats { totalNodes } }", "extensions", Map.of(name, bad))),
                            GRAPHQL_RESPONSE);
                    assertRefused(response, 400, "BAD_USER_INPUT");
                    assertThat(json.readTree(response.body()).at("/errors/0/message").asString()).startsWith("extensions." + name);
                }
            }
            assertThat(codes(json.readTree(post(body("{ stats { totalNodes } }", Map.of("timeoutMs", 5_000, "maxResponseBytes", 100_000)),
                    GRAPHQL_RESPONSE).body()))).isEmpty();
        }

        @Test
        void anObjectIsNotAnId() throws Exception {
            String request = "{\"query\": \"query($id: ID!) { node(id: $id) { id } }\", \"variables\": {\"id\": {\"a\": 1}}}";
            assertRefused(post(request, GRAPHQL_RESPONSE), 400, "BAD_USER_INPUT");
        }

        @Test
        void aQueryTheSchemaDoesNotHaveIs400ForGraphQlResponseJsonAnd200ForPlainJson() throws Exception {
            String request = body("{ nothingLikeThis }", Map.of());
            var modern = post(request, GRAPHQL_RESPONSE);
            assertRefused(modern, 400, "GRAPHQL_VALIDATION_FAILED");
            assertThat(modern.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(GRAPHQL_RESPONSE));
            var legacy = post(request, "application/json");
            assertThat(legacy.statusCode()).isEqualTo(200);
            assertThat(codes(json.readTree(legacy.body()))).containsExactly("GRAPHQL_VALIDATION_FAILED");
        }
    }

    private void assertRefused(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(codes(json.readTree(response.body()))).containsExactly(code);
    }

    private static ResponseError onlyError(org.springframework.graphql.test.tester.GraphQlTester.Errors errors) {
        var found = new java.util.ArrayList<ResponseError>();
        errors.satisfy(found::addAll);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private long neighbourhoodsWalked() {
        return meters.find("innograph.cypher").tag("query", "paths/neighbourhood (traversal)").timers().stream()
                .mapToLong(Timer::count).sum();
    }

    /** Until no GraphQL execution runs and no query has ended for 300 ms. */
    private void awaitQuiet() {
        long[] last = {-1};
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            long now = cypherQueriesRun();
            boolean quiet = now == last[0] && meters.get("innograph.graphql.running").gauge().value() == 0;
            last[0] = now;
            return quiet;
        });
    }

    private long cypherQueriesRun() {
        return meters.find("innograph.cypher").timers().stream().mapToLong(Timer::count).sum();
    }

    /**
     * Transactions open for API requests: QueryRunner tags each with its request's id (as a query parameter,
     * and in-process as transaction metadata too, which a Core API traversal's transaction also carries). (Other work, such as
     * the derivation of COOPERATES_WITH after the sample load, may still run beside the tests.)
     */
    private long openTransactions() {
        try (var session = driver.session()) {
            return session.run("SHOW TRANSACTIONS YIELD parameters, metaData "
                    + "WHERE parameters.innographRequest IS NOT NULL OR metaData.innographRequest IS NOT NULL "
                    + "RETURN count(*) AS open").single().get("open").asLong();
        }
    }

    private static List<String> codes(JsonNode answer) {
        return answer.path("errors").valueStream().map(error -> error.at("/extensions/code").asString()).toList();
    }

    private String document(String name) throws IOException {
        return new ClassPathResource("graphql-test/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
    }

    private String body(String query, Map<String, Object> extensions) {
        return json.writeValueAsString(Map.of("query", query, "extensions", extensions));
    }

    private URI endpoint() {
        return URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    private HttpResponse<String> post(String body, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(endpoint()).header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String query) throws IOException, InterruptedException {
        URI uri = URI.create(endpoint() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri).header("Accept", GRAPHQL_RESPONSE).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
