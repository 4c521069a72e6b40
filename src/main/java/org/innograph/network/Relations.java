package org.innograph.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.innograph.database.QueryRunner;
import org.innograph.graphql.ApiProperties;
import org.neo4j.driver.Value;
import org.neo4j.graphdb.Direction;
import org.springframework.stereotype.Component;

/**
 * Loads the neighbours of a whole batch of nodes along one kind of edge in a single query, for the
 * {@code @BatchMapping} child fields: a page of 100 labs costs one query per child field, not one per lab.
 * Each node's list holds at most {@code innograph.api.max-related} items, so a hub never sends all its
 * relationships; the query cost counts child lists at that size. On the embedded database the same lists
 * come from {@link ChildListTraversal}, a walk on the Core API.
 */
@Component
public class Relations {

    private final QueryRunner queries;
    private final ApiProperties api;

    public Relations(QueryRunner queries, ApiProperties api) {
        this.queries = queries;
        this.api = api;
    }

    /** For each source, the nodes of {@code type} its outgoing {@code kind} edges lead to, by name. */
    public <S extends NetworkNode, T extends NetworkNode> Map<S, List<T>> outgoing(List<S> sources, EdgeKind kind, Class<T> type) {
        return load(Direction.OUTGOING, sources, kind, false, (item, properties) -> properties.read(item.node()), type);
    }

    /** For each source, the nodes of {@code type} whose {@code kind} edges lead to it, by name. */
    public <S extends NetworkNode, T extends NetworkNode> Map<S, List<T>> incoming(List<S> sources, EdgeKind kind, Class<T> type) {
        return load(Direction.INCOMING, sources, kind, false, (item, properties) -> properties.read(item.node()), type);
    }

    /** For each source, the institutions taking part in it through {@code kind} edges, with their roles. */
    public <S extends NetworkNode> Map<S, List<Participation>> participations(List<S> sources, EdgeKind kind) {
        return load(Direction.INCOMING, sources, kind, true, Relations::participation, Participation.class);
    }

    /** The first (and usually only) neighbour of each source, for single-valued fields. */
    public static <S, T> Map<S, T> firstOf(Map<S, List<T>> all) {
        var first = new LinkedHashMap<S, T>();
        all.forEach((source, targets) -> first.put(source, targets.isEmpty() ? null : targets.get(0)));
        return first;
    }

    /** {@code withEdge}: whether the items carry their edges' properties, which only participations show. */
    private <S extends NetworkNode, T> Map<S, List<T>> load(Direction direction, List<S> sources, EdgeKind kind,
            boolean withEdge, BiFunction<Neighbour, NodeProperties, Object> mapper, Class<T> type) {
        List<String> ids = sources.stream().map(NetworkNode::id).distinct().toList();
        NodeProperties properties = NodeProperties.ofCurrentRequest();
        Map<String, List<Neighbour>> found = byTraversal(ids, direction, kind, properties.names(), withEdge)
                .orElseGet(() -> byCypher(ids, direction, kind, properties.names(), withEdge));
        var result = new LinkedHashMap<S, List<T>>();
        for (S source : sources) {
            result.put(source, found.getOrDefault(source.id(), List.of()).stream()
                    .map(item -> mapper.apply(item, properties))
                    .filter(type::isInstance)
                    .map(type::cast)
                    .toList());
        }
        return result;
    }

    /** On the embedded database: the walk of {@link ChildListTraversal}, which answers as the Cypher files do. */
    Optional<Map<String, List<Neighbour>>> byTraversal(List<String> ids, Direction direction, EdgeKind kind,
            List<String> properties, boolean withEdge) {
        var traversal = new ChildListTraversal(ids, direction, kind, api.maxRelated(), properties, withEdge,
                FoundNodes.ofCurrentRequest());
        return queries.traverse(query(direction) + " (traversal)", traversal::walk);
    }

    Map<String, List<Neighbour>> byCypher(List<String> ids, Direction direction, EdgeKind kind, List<String> properties,
            boolean withEdge) {
        var found = new LinkedHashMap<String, List<Neighbour>>();
        var rows = queries.list(query(direction), Map.of("ids", ids, "type", kind.name(), "limit", api.maxRelated(),
                        "properties", properties, "withEdge", withEdge),
                row -> Map.entry(row.get("id").asString(), new Neighbour(row.get("node"), row.get("edge"))));
        rows.forEach(row -> found.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
        return found;
    }

    private static String query(Direction direction) {
        return direction == Direction.OUTGOING ? "network/outgoing" : "network/incoming";
    }

    private static Object participation(Neighbour item, NodeProperties properties) {
        NetworkNode node = properties.read(item.node());
        if (!(node instanceof Institution institution)) {
            return node;
        }
        Value edge = item.edge();
        return new Participation(institution, edge.get("role").asString(null),
                edge.get("since").isNull() ? null : edge.get("since").asLocalDate(),
                edge.get("until").isNull() ? null : edge.get("until").asLocalDate(),
                new Provenance(edge.get("source").asString(null),
                        edge.get("asOf").isNull() ? null : edge.get("asOf").asLocalDate(),
                        edge.get("synthetic").asBoolean(false)));
    }
}
