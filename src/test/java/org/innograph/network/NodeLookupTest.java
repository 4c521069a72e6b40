package org.innograph.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.innograph.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Core API lookup answers {@code node(id)} exactly as {@code network/node-by-id.cypher} does: a node of
 * every kind (the first of each by id), with every property and with a few, and no row for an id of no node.
 */
class NodeLookupTest extends IntegrationTest {

    @Autowired
    NodeController nodes;

    @Autowired
    Driver driver;

    static Stream<Arguments> propertySets() {
        return Stream.of(Arguments.of(NodeMapper.PROPERTIES), Arguments.of(List.of("id", "kind", "name")),
                Arguments.of(List.of("id", "kind", "lat", "crops", "since")));
    }

    @ParameterizedTest
    @MethodSource("propertySets")
    void theLookupAnswersAsTheCypherFile(List<String> properties) {
        var ids = new ArrayList<>(firstOfEachKind());
        ids.add("nope:1");
        for (String id : ids) {
            List<Value> walked = nodes.byTraversal(id, properties).orElseThrow();
            List<Value> queried = nodes.byCypher(id, properties);
            assertThat(walked).as(id).isEqualTo(queried).hasSize(id.equals("nope:1") ? 0 : 1);
        }
    }

    private List<String> firstOfEachKind() {
        try (var session = driver.session()) {
            List<String> ids = session.run("MATCH (n:Entity) WITH n.kind AS kind, min(n.id) AS id RETURN id ORDER BY id")
                    .list(row -> row.get("id").asString());
            assertThat(ids).hasSize(Kind.values().length);
            return ids;
        }
    }
}
