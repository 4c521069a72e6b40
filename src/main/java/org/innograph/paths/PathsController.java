package org.innograph.paths;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.innograph.graphql.InvalidArgumentException;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.innograph.network.Subgraph;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code neighbourhood}, {@code shortestPath}, {@code shortestPaths} and {@code kShortestPaths}. */
@Controller
class PathsController {

    static final int MAX_K = 10;
    static final int MAX_ALL_SHORTEST = 50;

    private final Neighbourhood neighbourhood;
    private final PathFinder paths;

    PathsController(Neighbourhood neighbourhood, PathFinder paths) {
        this.neighbourhood = neighbourhood;
        this.paths = paths;
    }

    @QueryMapping
    Subgraph neighbourhood(@Argument String id, @Argument int depth, @Argument List<Kind> nodeKinds,
            @Argument List<EdgeKind> edgeKinds, @Argument List<String> fields, @Argument LocalDate asOf,
            @Argument int limit) {
        return neighbourhood.around(id, depth, new Neighbourhood.Filters(nodeKinds, edgeKinds, fields, asOf), limit);
    }

    @QueryMapping
    Path shortestPath(@Arguments PathArguments args) {
        return paths.find("paths/shortest", args, Map.of()).stream().findFirst().orElse(null);
    }

    @QueryMapping
    List<Path> shortestPaths(@Arguments PathArguments args) {
        return paths.find("paths/all-shortest", args, Map.of("limit", MAX_ALL_SHORTEST));
    }

    @QueryMapping
    List<Path> kShortestPaths(@Arguments PathArguments args) {
        int k = args.k() == null ? 3 : args.k();
        if (k < 1 || k > MAX_K) {
            throw new InvalidArgumentException("k", "k must be between 1 and %d, was %d".formatted(MAX_K, k));
        }
        return paths.find("paths/k-shortest", args, Map.of("k", k));
    }
}
