package org.innograph.gaps;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.innograph.database.QueryRunner;
import org.innograph.subgraph.GraphElements;
import org.innograph.subgraph.Subgraph;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * The drawing of an answer's nodes: those nodes and the edges among them, at most {@link #MAX_EDGES}
 * ({@code gaps/edges-among}), as gap lists, communities, ego networks and brokers draw themselves.
 */
@Component
class NodesDrawn {

    /** The most edges a drawing holds; one more makes it {@code truncated}. */
    static final int MAX_EDGES = 5_000;

    private final QueryRunner queries;

    NodesDrawn(QueryRunner queries) {
        this.queries = queries;
    }

    /** The nodes with these ids and the edges among them; {@code cut} says the caller left nodes out. */
    Subgraph among(List<String> ids, boolean cut) {
        return queries.single("gaps/edges-among", Map.of("ids", ids, "maxEdges", MAX_EDGES), row -> {
            var nodes = row.get("nodes").asList(GraphElements::node);
            List<Value> edges = row.get("edges").asList(Function.identity());
            return new Subgraph(nodes, edges.stream().limit(MAX_EDGES).map(GraphElements::edge).toList(), cut || edges.size() > MAX_EDGES);
        }).orElseGet(() -> new Subgraph(List.of(), List.of(), cut));
    }
}
