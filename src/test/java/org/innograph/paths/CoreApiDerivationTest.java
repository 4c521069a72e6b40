package org.innograph.paths;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.innograph.IntegrationTest;
import org.innograph.database.QueryRunner;
import org.innograph.network.EdgeKind;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.Transaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Core API derivation of COOPERATES_WITH edges against {@code paths/derive-cooperation.cypher} (and the
 * hub's candidates against {@code paths/cooperation-candidates.cypher}): on the sample network with some edges
 * removed, some wrong, some that stand for nothing and some participations moved out of their partners' spans,
 * both leave the same edges, the same marks and the same counts. Each side runs in a transaction that is rolled
 * back.
 */
class CoreApiDerivationTest extends IntegrationTest {

    /** Removes, spoils and adds edges and moves participations, the same way every time. */
    private static final String DAMAGE = """
            MATCH (i:Institution)
            WITH i ORDER BY i.id
            WITH collect(i) AS institutions
            CALL (institutions) {
              UNWIND range(0, size(institutions) - 1, 3) AS n
              WITH institutions[n] AS i
              MATCH (i)-[c:COOPERATES_WITH]-()
              DELETE c
            }
            CALL (institutions) {
              UNWIND range(1, size(institutions) - 1, 5) AS n
              WITH institutions[n] AS i
              MATCH (i)-[c:COOPERATES_WITH]->()
              SET c.weight = 99, c.since = null
            }
            CALL (institutions) {
              UNWIND range(2, size(institutions) - 40, 37) AS n
              WITH institutions[n] AS a, institutions[n + 31] AS b
              CREATE (a)-[:COOPERATES_WITH {weight: 1}]->(b)
            }
            CALL (institutions) {
              UNWIND range(4, size(institutions) - 1, 7) AS n
              WITH institutions[n] AS i
              MATCH (i)-[p:PARTICIPATES_IN|PARTNER_OF]->()
              SET p.since = date('2090-01-01')
            }
            FOREACH (i IN institutions | SET i:CooperationPending)
            RETURN size(institutions) AS institutions""";

    private static final int MAX_CONSORTIUM = 25;

    @Autowired
    QueryRunner queries;

    @Autowired
    TransactionTemplate transactions;

    /** What a derivation left: the edges by "low~high", the institutions still marked, and its counts. */
    record Outcome(Map<String, Map<String, Object>> edges, List<String> pending, List<CooperationEdges.Derived> counts) {
    }

    @Test
    void derivesTheSameEdgesAsTheNamedQueryForEveryInstitution() {
        Function<List<String>, CooperationEdges.Derived> byFile = ids -> byFile(ids, null, true);
        Function<List<String>, CooperationEdges.Derived> byCoreApi = ids -> queries.writeDirectly("test",
                tx -> new CoreApiDerivation(MAX_CONSORTIUM, 2_000_000).derive(tx, ids, null, true)).orElseThrow();

        Outcome file = damagedThen(ids -> List.of(byFile.apply(ids)));
        Outcome coreApi = damagedThen(ids -> List.of(byCoreApi.apply(ids)));

        assertThat(file.counts().get(0).written()).as("edges the file wrote").isPositive();
        assertThat(file.counts().get(0).removed()).as("edges the file removed").isPositive();
        assertThat(coreApi).isEqualTo(file);
    }

    @Test
    void derivesAHubAChunkOfPartnersAtATimeAsTheNamedQueryDoes() {
        String hub = hub();
        Outcome file = damagedThen(ids -> {
            List<String> partners = queries.list("paths/cooperation-candidates", Map.of("id", hub, "participation",
                    EdgeKind.PARTICIPATION, "maxConsortium", MAX_CONSORTIUM), row -> row.get("id").asString());
            int half = partners.size() / 2;
            return List.of(byFile(List.of(hub), partners.subList(0, half), false),
                    byFile(List.of(hub), List.of(), false),
                    byFile(List.of(hub), partners.subList(half, partners.size()), true));
        });
        Outcome coreApi = damagedThen(ids -> {
            // One derivation for all the chunks, as a hub's are derived: what it read in the first is kept.
            var derivation = new CoreApiDerivation(MAX_CONSORTIUM, 2_000_000);
            List<String> partners = queries.writeDirectly("test", tx -> derivation.candidates(tx, hub)).orElseThrow();
            int half = partners.size() / 2;
            return List.of(queries.writeDirectly("test", tx -> derivation.derive(tx, List.of(hub), partners.subList(0, half), false)).orElseThrow(),
                    queries.writeDirectly("test", tx -> derivation.derive(tx, List.of(hub), List.of(), false)).orElseThrow(),
                    queries.writeDirectly("test", tx -> derivation.derive(tx, List.of(hub), partners.subList(half, partners.size()), true))
                            .orElseThrow());
        });

        assertThat(file.counts().stream().mapToLong(CooperationEdges.Derived::written).sum()).as("edges the file wrote").isPositive();
        assertThat(file.pending()).as("the hub's mark goes with its last chunk").doesNotContain(hub);
        assertThat(coreApi).isEqualTo(file);
    }

    @Test
    void listsTheSameCandidatesForAHubAsTheNamedQuery() {
        String hub = hub();
        List<String> byFile = queries.list("paths/cooperation-candidates", Map.of("id", hub, "participation",
                EdgeKind.PARTICIPATION, "maxConsortium", MAX_CONSORTIUM), row -> row.get("id").asString());

        List<String> byCoreApi = queries.writeDirectly("test", tx -> new CoreApiDerivation(MAX_CONSORTIUM, 2_000_000).candidates(tx, hub))
                .orElseThrow();

        assertThat(byFile).hasSizeGreaterThan(10);
        assertThat(byCoreApi).isEqualTo(byFile);
    }

    private CooperationEdges.Derived byFile(List<String> ids, List<String> partners, boolean last) {
        var parameters = new HashMap<String, Object>(Map.of("ids", ids, "participation", EdgeKind.PARTICIPATION,
                "maxConsortium", MAX_CONSORTIUM, "last", last));
        parameters.put("partners", partners);
        return queries.single("paths/derive-cooperation", parameters, row -> new CooperationEdges.Derived(
                row.get("institutions").asLong(), row.get("written").asLong(), row.get("removed").asLong())).orElseThrow();
    }

    /** The institution with the most COOPERATES_WITH edges on the sample network. */
    private String hub() {
        return queries.writeDirectly("test", tx -> (String) tx.execute("""
                MATCH (i:Institution)
                RETURN i.id AS id ORDER BY COUNT { (i)-[:COOPERATES_WITH]-() } DESC, id LIMIT 1""").next().get("id")).orElseThrow();
    }

    /**
     * Damages the sample's edges, runs the derivation (given every institution's id), reads what it left and
     * rolls it all back.
     */
    private Outcome damagedThen(Function<List<String>, List<CooperationEdges.Derived>> derivation) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            List<String> ids = queries.writeDirectly("test", tx -> {
                tx.execute(DAMAGE).close();
                List<String> all = new ArrayList<>();
                tx.execute("MATCH (i:Institution) RETURN i.id AS id ORDER BY id").forEachRemaining(row -> all.add((String) row.get("id")));
                return all;
            }).orElseThrow();
            List<CooperationEdges.Derived> counts = derivation.apply(ids);
            return queries.writeDirectly("test", tx -> new Outcome(edges(tx), pending(tx), counts)).orElseThrow();
        });
    }

    private static Map<String, Map<String, Object>> edges(Transaction tx) {
        var edges = new TreeMap<String, Map<String, Object>>();
        tx.execute("MATCH (a)-[c:COOPERATES_WITH]->(b) RETURN a.id AS a, b.id AS b, properties(c) AS properties").forEachRemaining(row -> {
            var properties = new TreeMap<String, Object>();
            ((Map<?, ?>) row.get("properties")).forEach((key, value) -> properties.put((String) key, plain(value)));
            // The day of the derivation is the test's day on both sides.
            properties.remove("asOf");
            String key = row.get("a") + "~" + row.get("b");
            // Two edges between one pair would hide behind one key.
            assertThat(edges.put(key, properties)).as("one edge from %s", key).isNull();
        });
        return edges;
    }

    private static List<String> pending(Transaction tx) {
        var pending = new TreeSet<String>();
        tx.execute("MATCH (i:CooperationPending) RETURN i.id AS id").forEachRemaining(row -> pending.add((String) row.get("id")));
        return List.copyOf(pending);
    }

    /** An array as a list, so that two equal ones compare equal. */
    private static Object plain(Object value) {
        if (value == null || !value.getClass().isArray()) {
            return value;
        }
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < Array.getLength(value); i++) {
            list.add(Array.get(value, i));
        }
        return list;
    }
}
