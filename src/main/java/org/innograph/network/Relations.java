package org.innograph.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.innograph.database.QueryRunner;
import org.innograph.graphql.ApiProperties;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Loads the neighbours of a whole batch of nodes along one kind of edge in a single query, for the
 * {@code @BatchMapping} child fields: a page of 100 labs costs one query per child field, not one per lab.
 * Each node's list holds at most {@code innograph.api.max-related} items, so a hub never sends all its
 * relationships; the query cost counts child lists at that size.
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
        return load("network/outgoing", sources, kind, false, (row, properties) -> properties.read(row.get("node")), type);
    }

    /** For each source, the nodes of {@code type} whose {@code kind} edges lead to it, by name. */
    public <S extends NetworkNode, T extends NetworkNode> Map<S, List<T>> incoming(List<S> sources, EdgeKind kind, Class<T> type) {
        return load("network/incoming", sources, kind, false, (row, properties) -> properties.read(row.get("node")), type);
    }

    /** For each source, the institutions taking part in it through {@code kind} edges, with their roles. */
    public <S extends NetworkNode> Map<S, List<Participation>> participations(List<S> sources, EdgeKind kind) {
        return load("network/incoming", sources, kind, true, Relations::participation, Participation.class);
    }

    /** The first (and usually only) neighbour of each source, for single-valued fields. */
    public static <S, T> Map<S, T> firstOf(Map<S, List<T>> all) {
        var first = new LinkedHashMap<S, T>();
        all.forEach((source, targets) -> first.put(source, targets.isEmpty() ? null : targets.get(0)));
        return first;
    }

    /** {@code withEdge}: whether the rows carry their edges' properties, which only participations show. */
    private <S extends NetworkNode, T> Map<S, List<T>> load(String query, List<S> sources, EdgeKind kind, boolean withEdge,
            BiFunction<Record, NodeProperties, Object> mapper, Class<T> type) {
        List<String> ids = sources.stream().map(NetworkNode::id).distinct().toList();
        NodeProperties properties = NodeProperties.ofCurrentRequest();
        Map<String, List<T>> byId = queries.list(query, Map.of("ids", ids, "type", kind.name(), "limit", api.maxRelated(),
                                "properties", properties.names(), "withEdge", withEdge),
                        row -> Map.entry(row.get("id").asString(), mapper.apply(row, properties)))
                .stream()
                .filter(entry -> type.isInstance(entry.getValue()))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(entry -> type.cast(entry.getValue()),
                        Collectors.toList())));
        var result = new LinkedHashMap<S, List<T>>();
        sources.forEach(source -> result.put(source, byId.getOrDefault(source.id(), List.of())));
        return result;
    }

    private static Object participation(Record row, NodeProperties properties) {
        NetworkNode node = properties.read(row.get("node"));
        if (!(node instanceof Institution institution)) {
            return node;
        }
        Value edge = row.get("edge");
        return new Participation(institution, edge.get("role").asString(null),
                edge.get("since").isNull() ? null : edge.get("since").asLocalDate(),
                edge.get("until").isNull() ? null : edge.get("until").asLocalDate(),
                new Provenance(edge.get("source").asString(null),
                        edge.get("asOf").isNull() ? null : edge.get("asOf").asLocalDate(),
                        edge.get("synthetic").asBoolean(false)));
    }
}
