package org.innograph.gaps;

import java.util.Map;

import org.innograph.database.Plugins;
import org.innograph.database.QueryRunner;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code graphEngine}: whether, and which, Graph Data Science the database has. */
@Controller
class GraphEngineController {

    private final QueryRunner queries;

    GraphEngineController(QueryRunner queries) {
        this.queries = queries;
    }

    @QueryMapping
    GraphEngine graphEngine() {
        return queries.single("gaps/gds-version", Map.of(), row -> new GraphEngine(Plugins.GDS, row.get("version").asString()))
                .orElseThrow();
    }
}
