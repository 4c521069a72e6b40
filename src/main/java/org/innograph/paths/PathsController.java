package org.innograph.paths;

import java.time.LocalDate;
import java.util.List;

import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.innograph.subgraph.Subgraph;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code neighbourhood}, {@code shortestPath}, {@code shortestPaths} and {@code kShortestPaths}. */
@Controller
class PathsController {

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
        return paths.shortest(args);
    }

    @QueryMapping
    List<Path> shortestPaths(@Arguments PathArguments args) {
        return paths.allShortest(args);
    }

    @QueryMapping
    List<Path> kShortestPaths(@Arguments PathArguments args) {
        return paths.kShortest(args);
    }
}
