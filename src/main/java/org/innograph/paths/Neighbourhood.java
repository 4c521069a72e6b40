package org.innograph.paths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innograph.database.QueryRunner;
import org.innograph.graphql.InvalidArgumentException;
import org.innograph.graphql.NotFoundException;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.innograph.subgraph.GraphEdge;
import org.innograph.subgraph.GraphElements;
import org.innograph.subgraph.GraphNode;
import org.innograph.subgraph.Subgraph;
import org.springframework.stereotype.Component;

/**
 * The ego network of a node, found breadth first, one query per level, so the nodes nearest the centre
 * are the ones kept when the cap cuts, and the cut is known exactly: each level asks for one node more
 * than there is room for. The edges are then those between the nodes kept.
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
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new InvalidArgumentException("depth", "depth must be between 1 and %d, was %d".formatted(MAX_DEPTH, depth));
        }
        if (limit < 1 || limit > MAX_NODES) {
            throw new InvalidArgumentException("limit", "limit must be between 1 and %d, was %d".formatted(MAX_NODES, limit));
        }
        GraphNode center = queries.single("network/node-by-id", Map.of("id", id), row -> GraphElements.node(row.get("n")))
                .orElseThrow(() -> new NotFoundException(id));
        Map<String, Object> params = parameters(filters);

        Map<String, GraphNode> kept = new LinkedHashMap<>();
        kept.put(id, center);
        List<String> frontier = List.of(id);
        boolean truncated = false;
        for (int level = 1; level <= depth && !frontier.isEmpty() && !truncated; level++) {
            int room = limit - kept.size();
            params.put("frontier", frontier);
            params.put("visited", List.copyOf(kept.keySet()));
            params.put("limit", room + 1);
            List<GraphNode> reached = queries.list("paths/neighbourhood-step", params, row -> GraphElements.node(row.get("m")));
            truncated = reached.size() > room;
            var next = new ArrayList<String>();
            reached.stream().limit(room).forEach(node -> {
                kept.put(node.id(), node);
                next.add(node.id());
            });
            frontier = next;
        }

        params.put("ids", List.copyOf(kept.keySet()));
        params.put("limit", MAX_EDGES + 1);
        List<GraphEdge> edges = queries.list("paths/edges-among", params, row -> GraphElements.edge(row.get("edge")));
        if (edges.size() > MAX_EDGES) {
            edges = edges.subList(0, MAX_EDGES);
            truncated = true;
        }
        return new Subgraph(List.copyOf(kept.values()), List.copyOf(edges), truncated);
    }

    private static Map<String, Object> parameters(Filters filters) {
        var params = new HashMap<String, Object>();
        params.put("nodeKinds", filters.nodeKinds());
        params.put("edgeKinds", filters.edgeKinds());
        params.put("fields", filters.fields());
        params.put("asOf", filters.asOf());
        return params;
    }
}
