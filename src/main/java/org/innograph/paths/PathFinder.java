package org.innograph.paths;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.innograph.database.QueryRunner;
import org.innograph.graphql.InvalidArgumentException;
import org.innograph.graphql.NotFoundException;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.innograph.subgraph.GraphElements;
import org.innograph.subgraph.GraphNode;
import org.innograph.subgraph.Subgraph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the path queries ({@code paths/shortest}, {@code all-shortest}, {@code k-shortest}) with the meaning
 * the API documents: along cooperation ({@link EdgeKind#COOPERATION}) unless {@code edgeKinds} says
 * otherwise, to a node or to the nearest institution in a country or region, through the kinds of
 * {@code via} only, as of a date.
 */
@Component
public class PathFinder {

    static final int MAX_HOPS = 8;
    static final int DEFAULT_MAX_HOPS = 6;
    static final int MAX_K = 10;
    static final int DEFAULT_K = 3;
    static final int MAX_ALL_SHORTEST = 50;

    private final QueryRunner queries;

    PathFinder(QueryRunner queries) {
        this.queries = queries;
    }

    /**
     * One shortest path, or null when there is none within {@code maxHops}. Without {@code via}, {@code asOf}
     * and {@code toIn}, {@code paths/shortest-unfiltered} finds it: it does not test each expanded edge for them;
     * on the embedded database {@link ShortestPathTraversal} does, which also answers the pairs that query
     * cannot within a request's time.
     */
    public Path shortest(PathArguments args) {
        boolean unfiltered = args.via() == null && args.asOf() == null && args.toIn() == null;
        if (!unfiltered) {
            return find("paths/shortest", args, Map.of()).stream().findFirst().orElse(null);
        }
        return find("paths/shortest-unfiltered", args, Map.of(), (edgeKinds, maxHops) -> queries.traverse(
                "paths/shortest-unfiltered (traversal)",
                tx -> new ShortestPathTraversal(args.from(), args.to(), edgeKinds, maxHops).find(tx).stream().toList()))
                .stream().findFirst().orElse(null);
    }

    /** Every shortest path, at most {@link #MAX_ALL_SHORTEST}. */
    public List<Path> allShortest(PathArguments args) {
        return find("paths/all-shortest", args, Map.of("limit", MAX_ALL_SHORTEST));
    }

    /** The {@code k} shortest paths, shortest first. */
    public List<Path> kShortest(PathArguments args) {
        int k = args.k() == null ? DEFAULT_K : args.k();
        InvalidArgumentException.requireBetweenOneAnd("k", MAX_K, k);
        return find("paths/k-shortest", args, Map.of("k", k));
    }

    private List<Path> find(String query, PathArguments args, Map<String, Object> extra) {
        return find(query, args, extra, (edgeKinds, maxHops) -> Optional.empty());
    }

    /** A walk on the Core API that answers as a query does; empty when queries do not run in-process. */
    @FunctionalInterface
    private interface Walk {

        Optional<List<Path>> paths(Collection<EdgeKind> edgeKinds, int maxHops);
    }

    private List<Path> find(String query, PathArguments args, Map<String, Object> extra, Walk walk) {
        int maxHops = args.maxHops() == null ? DEFAULT_MAX_HOPS : args.maxHops();
        InvalidArgumentException.requireBetweenOneAnd("maxHops", MAX_HOPS, maxHops);
        if ((args.to() == null) == (args.toIn() == null)) {
            throw new InvalidArgumentException(args.to() == null ? "to" : "toIn",
                    "give exactly one of `to` (a node) and `toIn` (a country or region)");
        }
        if (args.toIn() == null && args.from().equals(args.to())) {
            return itself(args.from(), args.asOf());
        }
        var params = new HashMap<String, Object>(extra);
        params.put("from", args.from());
        params.put("to", args.to());
        params.put("toIn", args.toIn());
        params.put("via", args.via());
        Collection<EdgeKind> edgeKinds = args.edgeKinds() == null ? EdgeKind.COOPERATION : args.edgeKinds();
        params.put("edgeKinds", edgeKinds);
        params.put("asOf", args.asOf());
        params.put("maxHops", maxHops);
        List<Path> paths = walk.paths(edgeKinds, maxHops).orElseGet(() -> queries.list(query, params, PathFinder::path));
        if (paths.isEmpty()) {
            checkEnds(args);
        }
        return paths;
    }

    /**
     * Why a path query found nothing, when it was the arguments: an end that names no node is NOT_FOUND, a
     * toIn that is no country or region is BAD_USER_INPUT. Asked only then, so a found path costs one query.
     */
    private void checkEnds(PathArguments args) {
        Map<String, Kind> kinds = kindsOf(Stream.of(args.from(), args.to(), args.toIn()).filter(id -> id != null).toList());
        for (String end : Stream.of(args.from(), args.to()).filter(id -> id != null).toList()) {
            if (!kinds.containsKey(end)) {
                throw new NotFoundException(end);
            }
        }
        if (args.toIn() != null && kinds.get(args.toIn()) != Kind.COUNTRY && kinds.get(args.toIn()) != Kind.REGION) {
            throw new InvalidArgumentException("toIn", "No Country or Region with id '%s'".formatted(args.toIn()));
        }
    }

    private Map<String, Kind> kindsOf(List<String> ids) {
        return queries.list("network/kinds-of", Map.of("ids", ids), row -> row).stream().collect(Collectors.toMap(
                row -> row.get("id").asString(), row -> Kind.valueOf(row.get("kind").asString()), (same, again) -> same));
    }

    /** The one path from a node to itself has no edges (the database would look for a cycle); none if it did not exist then. */
    private List<Path> itself(String id, LocalDate asOf) {
        Value node = queries.single("paths/node", Map.of("id", id), row -> row.get("n"))
                .orElseThrow(() -> new NotFoundException(id));
        if (!existed(node, asOf)) {
            return List.of();
        }
        return List.of(new Path(new Subgraph(List.of(GraphElements.node(node)), List.of(), false)));
    }

    private static boolean existed(Value node, LocalDate asOf) {
        return asOf == null || ((node.get("since").isNull() || !node.get("since").asLocalDate().isAfter(asOf))
                && (node.get("until").isNull() || !node.get("until").asLocalDate().isBefore(asOf)));
    }

    private static Path path(Record row) {
        List<GraphNode> nodes = row.get("nodes").asList(GraphElements::node);
        return new Path(new Subgraph(nodes, row.get("edges").asList((Value edge) -> GraphElements.edge(edge)), false));
    }
}
