import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * Where should {@code maxHops} bound a shortest-path search: after the search (cypher/paths/shortest.cypher,
 * {@code WHERE length(p) <= $maxHops + tail} on the path SHORTEST selected), or inside the pattern (the same
 * file with the path pattern parenthesised and {@code WHERE size(r) <= $maxHops} as its pre-filter)? Both
 * give the same answer for SHORTEST k and ALL SHORTEST: a path within maxHops exists only if the shortest is
 * within it. PROFILE of both on the same pairs, each measured on its second run: three institutions with
 * no participation (no path within a few hops) and three random pairs, maxHops 1, 2, 3 and 8. A query the
 * service's transaction timeout stops is reported as stopped.
 *
 * <p>Usage (a service running with its Bolt port, e.g. on a scale network):
 * java -cp 'target/app/lib/*' bench/MaxHopsProfile.java bolt://127.0.0.1:17687 cypher/paths/shortest.cypher
 */
public class MaxHopsProfile {

    public static void main(String[] args) throws Exception {
        String file = Files.readString(Path.of(args[1]));
        String after = String.join("\n", file.lines().filter(line -> !line.startsWith("//")).toList());
        String inside = after.replace("MATCH p = SHORTEST 1 (a)\n", "MATCH p = SHORTEST 1 ((a)\n")
                .replace("    (z)\nWHERE length(p) <= $maxHops + tail", "    (z) WHERE size(r) <= $maxHops)");
        if (inside.equals(after)) {
            throw new IllegalStateException("The file no longer has the shape this benchmark rewrites");
        }
        try (Driver driver = GraphDatabase.driver(args[0], AuthTokens.none()); Session session = driver.session()) {
            List<String> ids = session.run("MATCH (i:Institution) RETURN i.id AS id ORDER BY id").list(r -> r.get("id").asString());
            List<String> lonely = session.run("MATCH (i:Institution) WHERE NOT (i)-[:PARTNER_OF|PARTICIPATES_IN|RUNS|OPERATES]-() "
                    + "AND (i)-[:LOCATED_IN]-() RETURN i.id AS id ORDER BY id LIMIT 3").list(r -> r.get("id").asString());
            Random random = new Random(7);
            System.out.println("| from | to | maxHops | after: rows | db hits | ms | inside: rows | db hits | ms |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            for (int k = 0; k < 6; k++) {
                String from = ids.get(random.nextInt(ids.size()));
                String to = k < lonely.size() ? lonely.get(k) : ids.get(random.nextInt(ids.size()));
                for (int maxHops : new int[] {1, 2, 3, 8}) {
                    var row = new StringBuilder("| %s | %s | %d |".formatted(from, to, maxHops));
                    for (String query : List.of(after, inside)) {
                        Map<String, Object> parameters = new HashMap<>();
                        parameters.put("from", from);
                        parameters.put("to", to);
                        parameters.put("toIn", null);
                        parameters.put("via", null);
                        parameters.put("asOf", null);
                        parameters.put("maxHops", maxHops);
                        parameters.put("edgeKinds", List.of("PARTNER_OF", "PARTICIPATES_IN", "RUNS", "OPERATES", "LOCATED_IN"));
                        long started = System.nanoTime();
                        try {
                            session.run("PROFILE " + query, parameters).consume();
                            started = System.nanoTime();
                            var result = session.run("PROFILE " + query, parameters);
                            int rows = result.list().size();
                            long hits = hits(result.consume().profile());
                            row.append(" %d | %,d | %d |".formatted(rows, hits, (System.nanoTime() - started) / 1_000_000));
                        }
                        catch (ClientException e) {
                            // The service's transaction timeout ended it.
                            row.append(" - | - | stopped at %d (%s) |".formatted((System.nanoTime() - started) / 1_000_000,
                                    e.code()));
                        }
                    }
                    System.out.println(row);
                }
            }
        }
    }

    private static long hits(ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(MaxHopsProfile::hits).sum();
    }
}
