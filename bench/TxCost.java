import java.time.Duration;
import java.util.*;
import org.neo4j.driver.*;

/**
 * What one lookup costs through the bare Neo4j Java driver in each way of opening its transaction (auto
 * retry, explicit, with a timeout, with metadata, with a bookmark manager, with the database named), to set
 * beside the same query run by a driver-mode Innograph (its innograph.cypher timer): bench/tx-cost.sh URI.
 * 50 warm-up and 200 measured runs per way, three rounds.
 */
public class TxCost {
    public static void main(String[] a) throws Exception {
        String q = "MATCH (n:Entity {id: $id}) RETURN [k IN $properties | n[k]] AS properties";
        Map<String, Object> p = Map.of("id", "ror:03cve4549", "properties", List.of("id", "kind", "name"));
        try (Driver d = GraphDatabase.driver(a[0], AuthTokens.none())) {
            for (int round = 0; round < 3; round++) {
                time("executeRead", () -> { try (Session s = d.session()) { s.executeRead(tx -> tx.run(q, p).list()); } });
                time("explicit read tx", () -> { try (Session s = d.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
                    try (Transaction tx = s.beginTransaction()) { tx.run(q, p).list(); tx.commit(); } } });
                time("explicit + timeout", () -> { try (Session s = d.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
                    try (Transaction tx = s.beginTransaction(TransactionConfig.builder().withTimeout(Duration.ofSeconds(10)).build())) { tx.run(q, p).list(); tx.commit(); } } });
                time("explicit + timeout + metadata", () -> { try (Session s = d.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
                    try (Transaction tx = s.beginTransaction(TransactionConfig.builder().withTimeout(Duration.ofSeconds(10)).withMetadata(Map.of("innographRequest", "x")).build())) { tx.run(q, p).list(); tx.commit(); } } });
                time("explicit + bookmark manager", () -> { try (Session s = d.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withBookmarkManager(d.executableQueryBookmarkManager()).build())) {
                    try (Transaction tx = s.beginTransaction()) { tx.run(q, p).list(); tx.commit(); } } });
                time("explicit + database neo4j", () -> { try (Session s = d.session(SessionConfig.builder().withDatabase("neo4j").withDefaultAccessMode(AccessMode.READ).build())) {
                    try (Transaction tx = s.beginTransaction()) { tx.run(q, p).list(); tx.commit(); } } });
            }
        }
    }
    static void time(String what, Runnable r) {
        for (int i = 0; i < 50; i++) r.run();
        long[] t = new long[200];
        for (int i = 0; i < t.length; i++) { long s = System.nanoTime(); r.run(); t[i] = System.nanoTime() - s; }
        Arrays.sort(t);
        System.out.printf("%-32s p50 %.2f ms p90 %.2f%n", what, t[100] / 1e6, t[180] / 1e6);
    }
}
