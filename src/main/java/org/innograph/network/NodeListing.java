package org.innograph.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.innograph.database.QueryRunner;
import org.innograph.graphql.ApiProperties;
import org.innograph.graphql.Connection;
import org.innograph.graphql.Cursor;
import org.innograph.graphql.PageRequest;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.stereotype.Component;

/**
 * Pages through the nodes of one kind in name order with keyset cursors, filtered, counting the total only
 * when the client asks for it.
 */
@Component
public class NodeListing {

    /**
     * Where finding a page from a place's side costs as much as from the kind's index, in the rule of
     * {@code list-nodes-from-place.cypher} (its side while rows^2 < CROSSOVER * limit * all such rows). Measured at
     * 1m for 100 institutions of 15 regions, before and after: the two cost alike between 3,320 and 3,702 rows
     * into the region (ASEAN 10.2 ms by the index, 6.1 ms from its side; Africa 4.3 and 9.8 ms).
     */
    static final int CROSSOVER = 4;

    /**
     * The same rule's crossover for {@link PlaceListingTraversal}, whose index walk costs a set look-up an
     * entry where the file's tests each entry's ways into the place. Measured at 1m over the first 100
     * institutions of each of the 38 regions, the walk's mean in one running service, the values alternated:
     * 1.8-2.0 ms at the file's 4, 1.1-1.3 ms at 0.25, and flat from 0.1 to 1.
     */
    static final double WALK_CROSSOVER = 0.25;

    private final QueryRunner queries;
    private final ApiProperties api;
    private final ReferencedIds referencedIds;

    public NodeListing(QueryRunner queries, ApiProperties api, ReferencedIds referencedIds) {
        this.queries = queries;
        this.api = api;
        this.referencedIds = referencedIds;
    }

    public <T extends NetworkNode> Connection<T> list(Kind kind, Class<T> type, ListArguments args,
            DataFetchingFieldSelectionSet selection) {
        return list(kind, type, args, selection.contains("totalCount"));
    }

    /** A page of the list, with its total when {@code withTotal}. */
    <T extends NetworkNode> Connection<T> list(Kind kind, Class<T> type, ListArguments args, boolean withTotal) {
        return list(kind, type, args, withTotal, true);
    }

    /**
     * {@code mayWalk}: whether a list filtered by one place only may be walked from it on the Core API
     * ({@link PlaceListingTraversal}), in-process; the Cypher files answer it otherwise.
     */
    <T extends NetworkNode> Connection<T> list(Kind kind, Class<T> type, ListArguments args, boolean withTotal,
            boolean mayWalk) {
        PageRequest page = PageRequest.of(args.first(), args.after(), api);
        Map<String, Object> filters = filters(kind, args);
        var params = new HashMap<>(filters);
        String after = page.after() == null ? "" : page.after().asKeyset().sortKey();
        params.put("after", after);
        params.put("limit", page.fetchSize());
        NodeProperties properties = NodeProperties.ofCurrentRequest();
        params.put("properties", properties.names());
        FoundNodes found = FoundNodes.ofCurrentRequest();
        Function<MapAccessor, Listed<T>> listed = item -> {
            T node = type.cast(properties.read(item.get("properties")));
            found.found(node.id(), item.get("elementId").asString());
            return new Listed<>(node, item.get("position").asString());
        };
        boolean placed = (args.country() != null || args.region() != null) && api.placeListingBudget() > 0;
        Optional<PlaceSide<T>> walked = placed && mayWalk && onlyOnePlace(args)
                ? walk(kind, args, after, page.fetchSize(), properties, withTotal, listed) : Optional.empty();
        Optional<PlaceSide<T>> fromPlace = placed
                ? walked.or(() -> Optional.of(fromPlace(kind, params, withTotal, listed))) : Optional.empty();
        Optional<Listed.Page<T>> placePage = fromPlace.flatMap(PlaceSide::page);
        List<Listed<T>> fetched = placePage.map(Listed.Page::items)
                .or(() -> mayWalk && onlyOneField(args) ? walkField(kind, args.field(), after, page.fetchSize(), properties, listed)
                        : Optional.empty())
                .orElseGet(() -> queries.list("network/list-nodes", params, listed::apply));
        referencedIds.checkWhenNothingFound(fetched, args.country(), args.region(), args.field());
        Long total = !withTotal ? null
                : placePage.map(Listed.Page::total)
                        .or(() -> fromPlace.flatMap(side -> totalFromPlace(kind, filters, side.here())))
                        .orElseGet(() -> queries.single(unfiltered(filters) ? "network/count-kind" : "network/count-nodes",
                                filters, row -> row.get("total").asLong()).orElse(0L));
        return Connection.of(fetched, page, Listed::node, item -> new Cursor.Keyset(item.position()), total);
    }

    /**
     * What {@code list-nodes-from-place.cypher} found from the filter's country or region: the page and its
     * total, or none when the kind's index finds it sooner (for a page without its total), or more than
     * {@code innograph.api.place-listing-budget} ways lead into the place; and how many ways lead in, when it
     * counted them all.
     */
    private <T> PlaceSide<T> fromPlace(Kind kind, Map<String, Object> params, boolean withTotal,
            Function<MapAccessor, Listed<T>> listed) {
        var placeParams = new HashMap<>(params);
        placeParams.put("budget", api.placeListingBudget());
        placeParams.put("label", kind.label());
        // count-nodes.cypher tests every node of the kind, so with a total the place's side is the cheaper
        // whenever it is within the budget.
        placeParams.put("crossover", withTotal ? Integer.MAX_VALUE : CROSSOVER);
        var row = queries.single("network/list-nodes-from-place", placeParams, record -> record).orElseThrow();
        Optional<Listed.Page<T>> page = row.get("byIndex").asBoolean() ? Optional.empty()
                : Optional.of(new Listed.Page<>(row.get("page").asList(listed::apply), row.get("total").asLong()));
        return new PlaceSide<>(page, row.get("here").isNull() ? null : row.get("here").asLong());
    }

    /**
     * The total of a place whose page the index found, counted from its side ({@code count-nodes-from-place.cypher},
     * given {@code here} when known), or empty when testing every node of the kind costs less
     * ({@code count-nodes.cypher} then counts).
     */
    private Optional<Long> totalFromPlace(Kind kind, Map<String, Object> filters, Long here) {
        var placeParams = new HashMap<>(filters);
        placeParams.put("label", kind.label());
        placeParams.put("here", here);
        return queries.single("network/count-nodes-from-place", placeParams, row -> row)
                .filter(row -> !row.get("byIndex").asBoolean())
                .map(row -> row.get("total").asLong());
    }

    /** On the embedded database, {@code list-nodes-from-place.cypher}'s answer walked from the place. */
    private <T> Optional<PlaceSide<T>> walk(Kind kind, ListArguments args, String after, int limit, NodeProperties properties,
            boolean withTotal, Function<MapAccessor, Listed<T>> listed) {
        var traversal = new PlaceListingTraversal(kind, args.country(), args.region(), after, limit,
                properties.names(), api.placeListingBudget(), withTotal ? Integer.MAX_VALUE : WALK_CROSSOVER);
        return queries.traverse("network/list-nodes-from-place (traversal)", traversal::walk)
                .map(found -> new PlaceSide<>(found.page().map(walked -> new Listed.Page<>(
                        walked.items().stream().map(listed::apply).toList(), walked.total())), found.here()));
    }

    /** On the embedded database, {@code list-nodes.cypher}'s page of a list filtered by one field, walked. */
    private <T> Optional<List<Listed<T>>> walkField(Kind kind, String field, String after, int limit, NodeProperties properties,
            Function<MapAccessor, Listed<T>> listed) {
        var traversal = new FieldListingTraversal(kind, field, after, limit, properties.names());
        return queries.traverse("network/list-nodes (traversal)", traversal::walk)
                .map(items -> items.stream().map(listed::apply).toList());
    }

    /** A field and no other filter: what {@link FieldListingTraversal} answers. */
    private static boolean onlyOneField(ListArguments args) {
        return args.field() != null && args.country() == null && args.region() == null && args.asOf() == null
                && args.type() == null && args.status() == null && args.regionKind() == null;
    }

    /** A country or a region and no other filter: what {@link PlaceListingTraversal} answers. */
    private static boolean onlyOnePlace(ListArguments args) {
        return (args.country() == null) != (args.region() == null) && args.field() == null && args.asOf() == null
                && args.type() == null && args.status() == null && args.regionKind() == null;
    }

    /** The place's side of a list: its page and total unless the index finds them, and the ways into it. */
    private record PlaceSide<T>(Optional<Listed.Page<T>> page, Long here) {
    }

    /** A listed node with its position in the list's order. */
    private record Listed<T>(T node, String position) {

        /** A page and the total that passed the filters. */
        private record Page<T>(List<Listed<T>> items, long total) {
        }
    }

    /** No filter but the kind: count-kind.cypher counts such a list's total without testing any. */
    private static boolean unfiltered(Map<String, Object> filters) {
        return filters.entrySet().stream().allMatch(filter -> filter.getKey().equals("kind") || filter.getValue() == null);
    }

    private static Map<String, Object> filters(Kind kind, ListArguments args) {
        var filters = new HashMap<String, Object>();
        filters.put("kind", kind.name());
        filters.put("country", args.country());
        filters.put("region", args.region());
        filters.put("field", args.field());
        filters.put("asOf", args.asOf());
        filters.put("type", args.type());
        filters.put("status", args.status());
        filters.put("regionKind", args.regionKind());
        return filters;
    }
}
