import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's neighbourhood workload (org.innograph.bench.Workloads.neighbourhood) on one running
 * service: the hand-written Cypher over Bolt (a) and GraphQL over HTTP (d), alternating per input, which way
 * first alternating too. Inputs as the benchmark picks them: institutions that partner or take part, half of
 * them in id order, half drawn by participation (so hubs come often). HTTP as the benchmark's GraphQlClient
 * sends it: a blocking HttpURLConnection on a kept-alive connection, the body buffered (java.net.http.HttpClient,
 * used here before, put 0.3-1.2 ms of its own on each answer at depth 1: 2.76 ms p50 against 1.50 ms from Python
 * for the same inputs on the same service).
 *
 * usage: java -cp 'target/app/lib/*' bench/NeighbourhoodAgainstDriver.java HTTP-PORT BOLT-PORT DEPTH REQUESTS
 */
public class NeighbourhoodAgainstDriver {

    public static void main(String[] args) throws Exception {
        int httpPort = Integer.parseInt(args[0]);
        String bolt = "bolt://127.0.0.1:" + args[1];
        int depth = Integer.parseInt(args[2]);
        int requests = Integer.parseInt(args[3]);
        var cypher = new StringBuilder("MATCH (c:Entity {id: $id})\nWITH [c] AS kept, [c] AS frontier, false AS truncated\n");
        for (int level = 1; level <= depth; level++) {
            cypher.append("""
                    CALL (kept, frontier, truncated) {
                      UNWIND CASE WHEN truncated THEN [] ELSE frontier END AS n
                      MATCH (n)-[:PARTNER_OF|PARTICIPATES_IN|RUNS]-(m:Entity)
                      WHERE m.kind IN $nodeKinds AND NOT m IN kept
                      WITH DISTINCT m ORDER BY m.id
                      RETURN collect(m) AS reached
                    }
                    WITH kept, reached, truncated, $limit - size(kept) AS room
                    WITH kept + reached[0..room] AS kept, reached[0..room] AS frontier, truncated OR size(reached) > room AS truncated
                    """);
        }
        cypher.append("""
                CALL (kept) {
                  UNWIND kept AS a
                  MATCH (a)-[r:PARTNER_OF|PARTICIPATES_IN|RUNS]->(b)
                  WHERE b IN kept
                  RETURN collect(a.id + '-' + type(r) + '->' + b.id) AS edges
                }
                RETURN [n IN kept | n.id] AS nodes, edges, truncated""");
        String graphql = "query($id: ID!, $depth: Int!) { neighbourhood(id: $id, depth: $depth, nodeKinds: [INSTITUTION, JOINT_LAB, PROJECT],"
                + " edgeKinds: [PARTNER_OF, PARTICIPATES_IN, RUNS], limit: 200) { truncated nodes { id } edges { id } } }";
        JsonMapper json = JsonMapper.builder().build();
        URI endpoint = URI.create("http://127.0.0.1:" + httpPort + "/graphql");
        try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.none()); Session session = driver.session()) {
            List<Object> ids = new ArrayList<>(session.run("""
                    MATCH (i:Institution) WHERE EXISTS { (i)-[:PARTNER_OF|PARTICIPATES_IN]->() }
                    WITH i ORDER BY i.id SKIP 100 LIMIT 200 RETURN collect(i.id) AS ids""").single().get("ids").asList());
            List<Object> participations = session.run("""
                    MATCH (i:Institution)-[:PARTICIPATES_IN]->(x) WITH i, x ORDER BY x.id LIMIT 200000
                    RETURN collect(i.id) AS ids""").single().get("ids").asList();
            Random random = new Random(7);
            for (int k = 0; k < 200; k++) {
                ids.add(Math.min(2 * k + 1, ids.size()), participations.get(random.nextInt(participations.size())));
            }
            long[] a = new long[requests];
            long[] d = new long[requests];
            for (int i = -200; i < requests; i++) { // the first 200 warm both up
                String id = (String) ids.get(Math.floorMod(i, ids.size()));
                for (int way = 0; way < 2; way++) {
                    boolean driverWay = (way == 0) == (i % 2 == 0);
                    long started = System.nanoTime();
                    if (driverWay) {
                        session.run(cypher.toString(), Map.of("id", id, "nodeKinds", List.of("INSTITUTION", "JOINT_LAB", "PROJECT"), "limit", 200)).list();
                    }
                    else {
                        byte[] body = json.writeValueAsBytes(Map.of("query", graphql, "variables", Map.of("id", id, "depth", depth)));
                        var connection = (HttpURLConnection) endpoint.toURL().openConnection();
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
                            text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        }
                        if (status != 200 || text.contains("\"errors\"")) {
                            throw new IllegalStateException(status + " " + text);
                        }
                        json.readValue(text, Map.class);
                    }
                    long micros = (System.nanoTime() - started) / 1000;
                    if (i >= 0) {
                        (driverWay ? a : d)[i] = micros;
                    }
                }
            }
            Arrays.sort(a);
            Arrays.sort(d);
            System.out.printf("| %d | %.2f | %.2f | %.2f | %.2f | %.2fx |%n", depth, a[requests / 2] / 1000.0, a[requests * 9 / 10] / 1000.0,
                    d[requests / 2] / 1000.0, d[requests * 9 / 10] / 1000.0, (double) d[requests / 2] / a[requests / 2]);
        }
    }
}
