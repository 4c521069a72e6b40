package org.innograph.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * (d), (d-bolt), (c): a GraphQL endpoint over HTTP on loopback. An answer with errors is a failure.
 * Blocking {@link HttpURLConnection} on kept-alive connections (bench/run.sh lets the JDK keep 64 per endpoint,
 * for concurrency 16): on this machine it sends the same lookup in 0.58-0.70 ms p50 where
 * {@code java.net.http.HttpClient}, used before 28 November, took 0.89-1.00 ms (its replies come through a
 * selector thread and an executor), a cost that was the client's, not the servers'.
 *
 * <p>The body is buffered, not streamed: with {@code setFixedLengthStreamingMode} the connection writes the
 * headers and the body as two TCP segments, and the second waits on the first one's acknowledgement (Nagle;
 * the JDK does not set TCP_NODELAY). That cost every HTTP way 1.2 ms a request on loopback: a lookup took
 * 1.54-1.83 ms p50 against 0.32-0.38 ms buffered, from a JVM of its own against the same service.
 */
final class GraphQlClient implements Client {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CONNECT_MILLIS = 5_000;
    private static final int READ_MILLIS = 60_000;

    private final URI endpoint;
    private final boolean neo4jGraphql;

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
        byte[] body = JSON.writeValueAsBytes(Map.of("query", neo4jGraphql ? c.document() : workload.graphql(), "variables", variables));
        var connection = (HttpURLConnection) endpoint.toURL().openConnection();
        connection.setConnectTimeout(CONNECT_MILLIS);
        connection.setReadTimeout(READ_MILLIS);
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("content-type", "application/json");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        int status = connection.getResponseCode();
        String text;
        // Read to the end and closed, so that the connection goes back to the JDK's keep-alive cache.
        try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            text = in == null ? "{}" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Object> answer = Answers.map(JSON.readValue(text, Map.class));
        if (status != 200 || answer.get("errors") != null) {
            throw new IllegalStateException("HTTP %d %s".formatted(status, abbreviated(String.valueOf(answer.get("errors")))));
        }
        Map<String, Object> data = Answers.map(answer.get("data"));
        return workload.fromData().apply(neo4jGraphql ? c.toInnograph().apply(data) : data);
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
