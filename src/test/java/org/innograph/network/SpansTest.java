package org.innograph.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

import org.innograph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.springframework.beans.factory.annotation.Autowired;

/** A walk's date test against Cypher's own, on a node that is never committed. */
class SpansTest extends IntegrationTest {

    private static final LocalDate AS_OF = LocalDate.of(2020, 6, 15);

    @Autowired
    GraphDatabaseService database;

    @Test
    void aNodeStandsAtADateExactlyWhenTheCypherFilesSayItDoes() {
        List<Object> bounds = Arrays.asList(null, AS_OF.minusDays(1), AS_OF, AS_OF.plusDays(1), "2020-01-01", 2020L,
                new LocalDate[] {AS_OF});
        int checked = 0;
        try (Transaction tx = database.beginTx()) {
            Node node = tx.createNode();
            for (Object since : bounds) {
                for (Object until : bounds) {
                    set(node, "since", since);
                    set(node, "until", until);
                    for (LocalDate asOf : Arrays.asList(AS_OF, null)) {
                        var parameters = new HashMap<String, Object>();
                        parameters.put("id", node.getElementId());
                        parameters.put("asOf", asOf);
                        Object cypher = tx.execute("""
                                MATCH (n) WHERE elementId(n) = $id
                                RETURN $asOf IS NULL OR ((n.since IS NULL OR n.since <= $asOf) AND (n.until IS NULL OR n.until >= $asOf)) AS stands""",
                                parameters).next().get("stands");
                        assertThat(Spans.standsAt(node, asOf)).as("since %s, until %s, asOf %s", show(since), show(until), asOf)
                                .isEqualTo(Boolean.TRUE.equals(cypher));
                        checked++;
                    }
                }
            }
            tx.rollback();
        }
        assertThat(checked).isEqualTo(bounds.size() * bounds.size() * 2);
    }

    private static void set(Node node, String key, Object value) {
        if (value == null) {
            node.removeProperty(key);
        }
        else {
            node.setProperty(key, value);
        }
    }

    private static Object show(Object value) {
        return value instanceof Object[] array ? new ArrayList<>(Arrays.asList(array)) : value;
    }
}
