package org.innograph.network;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.innograph.database.QueryRunner;
import org.innograph.graphql.NotFoundException;
import org.neo4j.driver.Value;
import org.neo4j.graphdb.Node;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code node(id)}: any node by its public id. On the embedded database it is one seek of the
 * {@code entity_id} index on the Core API, with no query to pre-parse, look up in the plan cache and run:
 * that overhead was most of a lookup (0.67 ms a query in-process on the 100k network, nearly all of it
 * not the seek). {@code NodeLookupTest} checks both answer alike.
 */
@Controller
class NodeController {

    private final QueryRunner queries;

    NodeController(QueryRunner queries) {
        this.queries = queries;
    }

    @QueryMapping
    NetworkNode node(@Argument String id) {
        NodeProperties properties = NodeProperties.ofCurrentRequest();
        return byTraversal(id, properties.names()).orElseGet(() -> byCypher(id, properties.names())).stream()
                .findFirst().map(properties::read).orElseThrow(() -> new NotFoundException(id));
    }

    /** The values of {@code properties} of the node with this id, as the query's one row, or no row. */
    Optional<List<Value>> byTraversal(String id, List<String> properties) {
        return queries.traverse("network/node-by-id (traversal)", tx -> {
            Node node = FoundNodes.ofCurrentRequest().find(tx, id);
            return node == null ? List.<Value>of()
                    : List.of(NodeProperties.valuesOf(properties, node.getProperties(properties.toArray(String[]::new))));
        });
    }

    List<Value> byCypher(String id, List<String> properties) {
        return queries.list("network/node-by-id", Map.of("id", id, "properties", properties), row -> row.get("properties"));
    }
}
