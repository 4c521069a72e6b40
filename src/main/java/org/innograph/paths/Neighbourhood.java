package org.innograph.paths;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import org.innograph.database.QueryRunner;
import org.innograph.graphql.InvalidArgumentException;
import org.innograph.graphql.NotFoundException;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.innograph.subgraph.GraphEdge;
import org.innograph.subgraph.GraphElements;
import org.innograph.subgraph.GraphNode;
import org.innograph.subgraph.Subgraph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * The ego network of a node, breadth first: one query ({@code paths/neighbourhood}), or on the embedded
 * database the same walk on the Core API ({@link NeighbourhoodTraversal}). Either way the nodes nearest
 * the centre are the ones kept when the cap cuts, and the cut is known exactly, because the query asks for
 * one node more than there is room for. The edges are those between the nodes kept.
 */
@Component
public class Neighbourhood {

    static final int MAX_DEPTH = 3;
    static final int MAX_NODES = 5_000;
    static final int MAX_EDGES = 20_000;

    private final QueryRunner queries;

    public Neighbourhood(QueryRunner queries) {
        this.queries = queries;
    }

    /** What may be in a neighbourhood; null lists and dates filter nothing. */
    public record Filters(List<Kind> nodeKinds, List<EdgeKind> edgeKinds, List<String> fields, LocalDate asOf) {
    }

    public Subgraph around(String id, int depth, Filters filters, int limit) {
        InvalidArgumentException.requireBetweenOneAnd("depth", MAX_DEPTH, depth);
        InvalidArgumentException.requireBetweenOneAnd("limit", MAX_NODES, limit);
        Subgraph found = byTraversal(id, depth, filters, limit).orElseGet(() -> byCypher(id, depth, filters, limit));
        if (found.edges().size() > MAX_EDGES) {
            return new Subgraph(found.nodes(), found.edges().subList(0, MAX_EDGES), true);
        }
        return found;
    }

    /** On the embedded database: the walk of {@link NeighbourhoodTraversal}, which answers as the Cypher file does. */
    Optional<Subgraph> byTraversal(String id, int depth, Filters filters, int limit) {
        return byTraversal(id, depth, filters, limit, EdgesAmong.BUDGET);
    }

    /** {@code edgeBudget}: tests lower it, so that edges are read from their other ends ({@link EdgesAmong}). */
    Optional<Subgraph> byTraversal(String id, int depth, Filters filters, int limit, int edgeBudget) {
        var traversal = new NeighbourhoodTraversal(id, depth, limit, MAX_EDGES + 1, filters, edgeBudget);
        return queries.traverse("paths/neighbourhood (traversal)", traversal::walk);
    }

    Subgraph byCypher(String id, int depth, Filters filters, int limit) {
        var params = new HashMap<String, Object>();
        params.put("id", id);
        params.put("depth", depth);
        params.put("limit", limit);
        // One edge more than is kept, so a cut is known.
        params.put("maxEdges", MAX_EDGES + 1);
        params.put("nodeKinds", filters.nodeKinds());
        params.put("edgeKinds", filters.edgeKinds());
        params.put("fields", filters.fields());
        params.put("asOf", filters.asOf());
        return queries.single("paths/neighbourhood", params, Neighbourhood::subgraph)
                .orElseThrow(() -> new NotFoundException(id));
    }

    private static Subgraph subgraph(Record row) {
        List<GraphNode> nodes = row.get("nodes").asList(GraphElements::node);
        List<GraphEdge> edges = row.get("edges").asList((Value edge) -> GraphElements.edge(edge));
        return new Subgraph(nodes, edges, row.get("truncated").asBoolean());
    }
}
