package org.innograph.network;

import java.util.Map;

import org.innograph.database.QueryRunner;
import org.innograph.graphql.NotFoundException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code node(id)}: any node by its public id. */
@Controller
class NodeController {

    private final QueryRunner queries;

    NodeController(QueryRunner queries) {
        this.queries = queries;
    }

    @QueryMapping
    NetworkNode node(@Argument String id) {
        NodeProperties properties = NodeProperties.ofCurrentRequest();
        return queries.single("network/node-by-id", Map.of("id", id, "properties", properties.names()),
                        row -> properties.read(row.get("properties")))
                .orElseThrow(() -> new NotFoundException(id));
    }
}
