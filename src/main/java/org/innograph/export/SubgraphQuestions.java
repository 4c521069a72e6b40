package org.innograph.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.innograph.paths.Neighbourhood;
import org.innograph.paths.Path;
import org.innograph.paths.PathArguments;
import org.innograph.paths.PathFinder;
import org.innograph.regions.ConnectingNodes;
import org.innograph.regions.RegionTies;
import org.innograph.subgraph.GraphEdge;
import org.innograph.subgraph.GraphNode;
import org.innograph.subgraph.Subgraph;
import org.springframework.stereotype.Component;

/**
 * The subgraph answers an export can write, each asked of the service that answers its GraphQL field, with
 * the same arguments, defaults, caps and checks: {@code neighbourhood}, {@code shortestPath},
 * {@code shortestPaths}, {@code kShortestPaths}, {@code connectingLabs} and {@code regionMatrix}. Several
 * paths are exported as one subgraph, their union.
 */
@Component
class SubgraphQuestions {

    static final Set<String> NAMES = Set.of("neighbourhood", "shortestPath", "shortestPaths", "kShortestPaths",
            "connectingLabs", "regionMatrix");

    private final Neighbourhood neighbourhood;
    private final PathFinder paths;
    private final ConnectingNodes connecting;
    private final RegionTies ties;

    SubgraphQuestions(Neighbourhood neighbourhood, PathFinder paths, ConnectingNodes connecting, RegionTies ties) {
        this.neighbourhood = neighbourhood;
        this.paths = paths;
        this.connecting = connecting;
        this.ties = ties;
    }

    /** The answer to the question named, with the arguments given; every argument is checked before it runs. */
    Subgraph answer(String question, ExportArguments args) {
        return switch (question) {
            case "neighbourhood" -> {
                String id = args.required("id");
                int depth = args.integer("depth", 1);
                var filters = new Neighbourhood.Filters(args.constants("nodeKinds", Kind.class),
                        args.constants("edgeKinds", EdgeKind.class), args.strings("fields"), args.date("asOf"));
                int limit = args.integer("limit", 200);
                args.noOthers();
                yield neighbourhood.around(id, depth, filters, limit);
            }
            case "shortestPath" -> {
                Path one = paths.shortest(pathArguments(args, false));
                yield union(one == null ? List.of() : List.of(one));
            }
            case "shortestPaths" -> union(paths.allShortest(pathArguments(args, false)));
            case "kShortestPaths" -> union(paths.kShortest(pathArguments(args, true)));
            case "connectingLabs" -> {
                String regionA = args.required("regionA");
                String regionB = args.required("regionB");
                Kind kind = args.constant("kind", Kind.class, Kind.JOINT_LAB);
                String field = args.string("field");
                var asOf = args.date("asOf");
                int first = args.integer("first", 100);
                args.noOthers();
                yield connecting.between(regionA, regionB, kind, field, asOf, first).subgraph();
            }
            case "regionMatrix" -> {
                List<String> regions = args.strings("regions");
                if (regions == null) {
                    throw ExportRefused.badArgument("regions", "`regions` is required");
                }
                String field = args.string("field");
                var asOf = args.date("asOf");
                Kind kind = args.constant("kind", Kind.class, null);
                args.noOthers();
                yield ties.between(regions, field, asOf, kind).subgraph();
            }
            default -> throw new IllegalArgumentException(question);
        };
    }

    private static PathArguments pathArguments(ExportArguments args, boolean withK) {
        var path = new PathArguments(args.required("from"), args.string("to"), args.string("toIn"),
                args.constants("via", Kind.class), args.constants("edgeKinds", EdgeKind.class), args.date("asOf"),
                args.integer("maxHops"), withK ? args.integer("k") : null);
        args.noOthers();
        return path;
    }

    /** The nodes and edges of all the paths, each once, in the order first met. */
    private static Subgraph union(List<Path> found) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        found.stream().filter(Objects::nonNull).forEach(path -> {
            path.subgraph().nodes().forEach(node -> nodes.putIfAbsent(node.id(), node));
            path.subgraph().edges().forEach(edge -> edges.putIfAbsent(edge.id(), edge));
        });
        return new Subgraph(List.copyOf(nodes.values()), List.copyOf(edges.values()), false);
    }
}
