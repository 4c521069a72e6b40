package org.innograph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** (d), (d-bolt), (c): a GraphQL endpoint over HTTP on loopback. An answer with errors is a failure. */
final class GraphQlClient implements Client {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI endpoint;
    private final boolean neo4jGraphql;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Innograph's API. */
    GraphQlClient(URI endpoint) {
        this(endpoint, false);
    }

    /** With {@code neo4jGraphql}, each workload's (c) document, whose answer is mapped onto Innograph's. */
    GraphQlClient(URI endpoint, boolean neo4jGraphql) {
        this.endpoint = endpoint;
        this.neo4jGraphql = neo4jGraphql;
    }

    @Override
    public String answer(Workload workload, Map<String, Object> input) throws Exception {
        var variables = new LinkedHashMap<String, Object>();
        Workload.Neo4jGraphql c = workload.neo4jGraphql();
        if (neo4jGraphql) {
            Map<String, Object> parameters = Workloads.cypherParameters(workload, input);
            c.variables().forEach(name -> variables.put(name, parameters.get(name)));
        }
        else {
            workload.variables().forEach(name -> variables.put(name, input.get(name)));
        }
        String body = JSON.writeValueAsString(Map.of("query", neo4jGraphql ? c.document() : workload.graphql(), "variables", variables));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Object> answer = Answers.map(JSON.readValue(response.body(), Map.class));
        if (response.statusCode() != 200 || answer.get("errors") != null) {
            throw new IllegalStateException("HTTP %d %s".formatted(response.statusCode(), abbreviated(String.valueOf(answer.get("errors")))));
        }
        Map<String, Object> data = Answers.map(answer.get("data"));
        return workload.fromData().apply(neo4jGraphql ? c.toInnograph().apply(data) : data);
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
