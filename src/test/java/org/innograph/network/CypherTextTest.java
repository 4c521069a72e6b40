package org.innograph.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.innograph.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.springframework.beans.factory.annotation.Autowired;

/** The walks' order of text against Neo4j's own ORDER BY. */
class CypherTextTest extends IntegrationTest {

    /** Units around the places where UTF-16 order and code point order part: the surrogates and above them. */
    private static final String UNITS = "aAz0 é中\uD7FF\uE000\uFB01\uFFFD\uFF21";
    private static final String[] SUPPLEMENTARY = {"\uD83D\uDE00", "\uD83D\uDE01", "\uD800\uDC00", "\uDBFF\uDFFF", "\uD840\uDC0B"};

    @Autowired
    GraphDatabaseService database;

    @Test
    void textSortsAsCypherOrdersIt() {
        var random = new Random(20261129);
        var texts = new ArrayList<String>();
        for (int i = 0; i < 2_000; i++) {
            var text = new StringBuilder();
            int length = random.nextInt(5);
            for (int j = 0; j < length; j++) {
                if (random.nextInt(3) == 0) {
                    text.append(SUPPLEMENTARY[random.nextInt(SUPPLEMENTARY.length)]);
                }
                else {
                    text.append(UNITS.charAt(random.nextInt(UNITS.length())));
                }
            }
            texts.add(text.toString());
        }
        List<String> cypher;
        try (Transaction tx = database.beginTx()) {
            cypher = tx.execute("UNWIND $texts AS text RETURN text ORDER BY text", Map.of("texts", texts)).stream()
                    .map(row -> (String) row.get("text")).toList();
        }
        var sorted = new ArrayList<>(texts);
        sorted.sort(CypherText.ORDER);

        assertThat(sorted).isEqualTo(cypher);
        assertThat(texts.stream().sorted().toList()).as("UTF-16 order, which the test must tell apart")
                .isNotEqualTo(cypher);
    }
}
