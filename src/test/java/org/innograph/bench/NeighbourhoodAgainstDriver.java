package org.innograph.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * The benchmark's neighbourhood workload ({@link Workloads#neighbourhood}) on one running service: the
 * hand-written Cypher over Bolt (a) and GraphQL over HTTP (d), through the harness's own clients, alternating
 * per input, which way first alternating too, every answer compared. Inputs as the benchmark picks them:
 * institutions that partner or take part, half of them in id order, half drawn by participation (so hubs
 * come often). Prints one row of a Markdown table: depth, (a) p50 and p90, (d) p50 and p90 in ms, (d)/(a) p50.
 *
 * <p>Run by {@code bench/neighbourhood-jars.sh}: {@code java -cp 'target/test-classes:target/classes:target/app/lib/*'
 * org.innograph.bench.NeighbourhoodAgainstDriver HTTP-PORT BOLT-PORT DEPTH REQUESTS}
 */
public final class NeighbourhoodAgainstDriver {

    private static final int WARM_UP = 200;

    private NeighbourhoodAgainstDriver() {
    }

    public static void main(String[] args) throws Exception {
        URI graphql = URI.create("http://127.0.0.1:" + args[0] + "/graphql");
        URI bolt = URI.create("bolt://127.0.0.1:" + args[1]);
        int depth = Integer.parseInt(args[2]);
        int requests = Integer.parseInt(args[3]);
        Workload workload = Workloads.neighbourhood(depth);
        List<Object> ids = startingPoints(bolt);
        long[] a = new long[requests];
        long[] d = new long[requests];
        try (var driver = new DriverClient(bolt, Duration.ofMinutes(2)); var service = new GraphQlClient(graphql)) {
            for (int i = -WARM_UP; i < requests; i++) {
                Map<String, Object> input = Map.of("id", ids.get(Math.floorMod(i, ids.size())), "depth", depth);
                String[] answers = new String[2];
                for (int way = 0; way < 2; way++) {
                    boolean driverWay = (way == 0) == (i % 2 == 0);
                    long started = System.nanoTime();
                    answers[driverWay ? 0 : 1] = (driverWay ? driver : service).answer(workload, input);
                    long micros = (System.nanoTime() - started) / 1000;
                    if (i >= 0) {
                        (driverWay ? a : d)[i] = micros;
                    }
                }
                if (!answers[0].equals(answers[1])) {
                    throw new IllegalStateException("(a) and (d) differ for " + input);
                }
            }
        }
        Arrays.sort(a);
        Arrays.sort(d);
        System.out.printf("| %d | %.2f | %.2f | %.2f | %.2f | %.2fx |%n", depth, a[requests / 2] / 1000.0, a[requests * 9 / 10] / 1000.0,
                d[requests / 2] / 1000.0, d[requests * 9 / 10] / 1000.0, (double) d[requests / 2] / a[requests / 2]);
    }

    /** 200 institutions in id order, each followed by one drawn by participation (seeded). */
    private static List<Object> startingPoints(URI bolt) {
        try (var driver = GraphDatabase.driver(bolt, AuthTokens.none()); var session = driver.session()) {
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
            return ids;
        }
    }
}
