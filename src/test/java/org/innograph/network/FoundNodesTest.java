package org.innograph.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;

import org.innograph.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A node is found from where the request saw it only while that place still holds it: an element id that
 * now holds another node, a deleted one, or a node outside the network sends the lookup to the id index.
 */
class FoundNodesTest extends IntegrationTest {

    private static final Label ENTITY = Label.label("Entity");

    @Autowired
    GraphDatabaseService database;

    @AfterEach
    void removeTheTestNodes() {
        database.executeTransactionally("MATCH (n) WHERE n.id STARTS WITH 'found-test:' DETACH DELETE n");
    }

    @Test
    void aNodeIsFoundWhereTheRequestSawIt() {
        String a = create("found-test:a", ENTITY);
        var found = new FoundNodes();
        found.found("found-test:a", a);
        assertThat(elementIdFound(found, "found-test:a")).isEqualTo(a);
    }

    @Test
    void anElementIdThatNowHoldsAnotherNodeIsNotTrusted() {
        String a = create("found-test:a", ENTITY);
        String b = create("found-test:b", ENTITY);
        var found = new FoundNodes();
        found.found("found-test:a", b); // as if a's record had been reused by b
        assertThat(elementIdFound(found, "found-test:a")).isEqualTo(a);
    }

    @Test
    void aDeletedNodeIsNotFound() {
        String a = create("found-test:a", ENTITY);
        var found = new FoundNodes();
        found.found("found-test:a", a);
        database.executeTransactionally("MATCH (n:Entity {id: 'found-test:a'}) DELETE n");
        assertThat(elementIdFound(found, "found-test:a")).isNull();
    }

    @Test
    void aNodeOutsideTheNetworkWithTheSameIdIsNotTaken() {
        String stray = create("found-test:a", Label.label("Elsewhere"));
        var found = new FoundNodes();
        found.found("found-test:a", stray);
        assertThat(elementIdFound(found, "found-test:a")).isNull();
    }

    /** Where {@code found} finds the node with this id, or null for none. */
    private String elementIdFound(FoundNodes found, String id) {
        return this.<String>inTransaction(tx -> {
            Node node = found.find(tx, id);
            return node == null ? null : node.getElementId();
        });
    }

    private String create(String id, Label label) {
        return this.<String>inTransaction(tx -> {
            Node node = tx.createNode(label);
            node.setProperty("id", id);
            return node.getElementId();
        });
    }

    private <T> T inTransaction(Function<Transaction, T> work) {
        try (Transaction tx = database.beginTx()) {
            T result = work.apply(tx);
            tx.commit();
            return result;
        }
    }
}
