package org.innograph.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.innograph.IntegrationTest;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.neo4j.graphdb.Direction;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Core API walk answers every child list exactly as {@code network/outgoing.cypher} and
 * {@code incoming.cypher} do: every edge kind, both ways, from the nodes with the most such edges (so the
 * cap cuts where a hub has more), a node without any and an id of no node.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChildListTraversalTest extends IntegrationTest {

    @Autowired
    Relations relations;

    @Autowired
    Driver driver;

    /** By edge kind and direction ("PARTNER_OF OUTGOING"), read once for the class. */
    private Map<String, List<String>> mostConnected;

    static Stream<Arguments> childLists() {
        return Stream.of(EdgeKind.values())
                .flatMap(kind -> Stream.of(Arguments.of(kind, Direction.OUTGOING), Arguments.of(kind, Direction.INCOMING)));
    }

    @ParameterizedTest
    @MethodSource("childLists")
    void theWalkAnswersAsTheCypherFile(EdgeKind kind, Direction direction) {
        // Distinct, as Relations passes them.
        var ids = new LinkedHashSet<>(mostConnected(kind, direction));
        ids.addAll(List.of("field:energy", "nope:1"));

        // Every property with the edges', as participations ask; a few without, as a page of labs does.
        for (var properties : List.of(NodeMapper.PROPERTIES, List.of("id", "kind", "name"))) {
            boolean withEdge = properties == NodeMapper.PROPERTIES;
            Map<String, List<Neighbour>> walked = relations.byTraversal(List.copyOf(ids), direction, kind, properties, withEdge)
                    .orElseThrow();
            Map<String, List<Neighbour>> queried = relations.byCypher(List.copyOf(ids), direction, kind, properties, withEdge);
            assertThat(walked).isNotEmpty().isEqualTo(queried);
            walked.values().stream().flatMap(List::stream).forEach(item -> {
                assertThat(item.node().size()).isEqualTo(properties.size());
                assertThat(item.edge().isNull()).isEqualTo(!withEdge);
            });
        }
    }

    /** The ten nodes with the most {@code kind} edges in {@code direction}, most first. */
    private List<String> mostConnected(EdgeKind kind, Direction direction) {
        if (mostConnected == null) {
            try (var session = driver.session()) {
                mostConnected = session.run("""
                        MATCH (n:Entity)-[r]-(m)
                        WITH n, type(r) AS type, CASE WHEN startNode(r) = n THEN 'OUTGOING' ELSE 'INCOMING' END AS direction,
                             count(*) AS degree
                        ORDER BY degree DESC, n.id
                        WITH type + ' ' + direction AS key, collect(n.id)[..10] AS ids
                        RETURN key, ids""").stream()
                        .collect(Collectors.toMap(row -> row.get("key").asString(),
                                row -> row.get("ids").asList(Value::asString)));
            }
        }
        return mostConnected.getOrDefault(kind.name() + " " + direction.name(), List.of());
    }
}
