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
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    GraphQlClient(URI endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public String answer(Workload workload, Map<String, Object> input) throws Exception {
        var variables = new LinkedHashMap<String, Object>();
        workload.variables().forEach(name -> variables.put(name, input.get(name)));
        String body = JSON.writeValueAsString(Map.of("query", workload.graphql(), "variables", variables));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Object> answer = Answers.map(JSON.readValue(response.body(), Map.class));
        if (response.statusCode() != 200 || answer.get("errors") != null) {
            throw new IllegalStateException("HTTP %d %s".formatted(response.statusCode(), abbreviated(String.valueOf(answer.get("errors")))));
        }
        return workload.fromData().apply(Answers.map(answer.get("data")));
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
