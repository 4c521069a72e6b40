package org.innograph.paths;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.database.QueryRunner;
import org.innograph.graphql.InvalidArgumentException;
import org.innograph.graphql.NotFoundException;
import org.innograph.network.EdgeKind;
import org.innograph.network.GraphElements;
import org.innograph.network.GraphNode;
import org.innograph.network.Kind;
import org.innograph.network.ReferencedIds;
import org.innograph.network.Subgraph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code neighbourhood}, {@code shortestPath}, {@code shortestPaths} and {@code kShortestPaths}. */
@Controller
class PathsController {

    static final int MAX_HOPS = 8;
    static final int MAX_K = 10;
    static final int MAX_ALL_SHORTEST = 50;

    private final Neighbourhood neighbourhood;
    private final QueryRunner queries;
    private final ReferencedIds referencedIds;

    PathsController(Neighbourhood neighbourhood, QueryRunner queries, ReferencedIds referencedIds) {
        this.neighbourhood = neighbourhood;
        this.queries = queries;
        this.referencedIds = referencedIds;
    }

    @QueryMapping
    Subgraph neighbourhood(@Argument String id, @Argument int depth, @Argument List<Kind> nodeKinds,
            @Argument List<EdgeKind> edgeKinds, @Argument List<String> fields, @Argument LocalDate asOf,
            @Argument int limit) {
        return neighbourhood.around(id, depth, new Neighbourhood.Filters(nodeKinds, edgeKinds, fields, asOf), limit);
    }

    @QueryMapping
    Path shortestPath(@Arguments PathArguments args) {
        return paths("paths/shortest", args, Map.of()).stream().findFirst().orElse(null);
    }

    @QueryMapping
    List<Path> shortestPaths(@Arguments PathArguments args) {
        return paths("paths/all-shortest", args, Map.of("limit", MAX_ALL_SHORTEST));
    }

    @QueryMapping
    List<Path> kShortestPaths(@Arguments PathArguments args) {
        int k = args.k() == null ? 3 : args.k();
        if (k < 1 || k > MAX_K) {
            throw new InvalidArgumentException("k", "k must be between 1 and %d, was %d".formatted(MAX_K, k));
        }
        return paths("paths/k-shortest", args, Map.of("k", k));
    }

    private List<Path> paths(String query, PathArguments args, Map<String, Object> extra) {
        int maxHops = args.maxHops() == null ? 6 : args.maxHops();
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new InvalidArgumentException("maxHops", "maxHops must be between 1 and %d, was %d".formatted(MAX_HOPS, maxHops));
        }
        if (args.from().equals(args.to())) {
            // The one path from a node to itself has no edges; the database would look for a cycle.
            GraphNode node = queries.single("network/node-by-id", Map.of("id", args.from()),
                    row -> GraphElements.node(row.get("n"))).orElseThrow(() -> new NotFoundException(args.from()));
            return List.of(new Path(new Subgraph(List.of(node), List.of(), false)));
        }
        referencedIds.requireExisting(List.of(args.from(), args.to()));
        var params = new HashMap<String, Object>(extra);
        params.put("from", args.from());
        params.put("to", args.to());
        params.put("via", args.via());
        params.put("edgeKinds", args.edgeKinds());
        params.put("maxHops", maxHops);
        return queries.list(query, params, PathsController::path);
    }

    private static Path path(Record row) {
        List<GraphNode> nodes = row.get("nodes").asList(GraphElements::node);
        return new Path(new Subgraph(nodes, row.get("edges").asList((Value edge) -> GraphElements.edge(edge)), false));
    }
}
