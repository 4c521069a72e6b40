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
        PageRequest page = PageRequest.of(args.first(), args.after(), api);
        Map<String, Object> filters = filters(kind, args);
        var params = new HashMap<>(filters);
        params.put("after", page.after() == null ? "" : page.after().asKeyset().sortKey());
        params.put("limit", page.fetchSize());
        NodeProperties properties = NodeProperties.ofCurrentRequest();
        params.put("properties", properties.names());
        FoundNodes found = FoundNodes.ofCurrentRequest();
        Function<MapAccessor, Listed<T>> listed = item -> {
            T node = type.cast(properties.read(item.get("properties")));
            found.found(node.id(), item.get("elementId").asString());
            return new Listed<>(node, item.get("position").asString());
        };
        Optional<Listed.Page<T>> fromPlace = (args.country() == null && args.region() == null) || api.placeListingBudget() <= 0
                ? Optional.empty()
                : fromPlace(kind, params, selection.contains("totalCount"), listed);
        List<Listed<T>> fetched = fromPlace.map(Listed.Page::items)
                .orElseGet(() -> queries.list("network/list-nodes", params, listed::apply));
        referencedIds.checkWhenNothingFound(fetched, args.country(), args.region(), args.field());
        Long total = !selection.contains("totalCount") ? null
                : fromPlace.map(Listed.Page::total).orElseGet(() ->
                        queries.single("network/count-nodes", filters, row -> row.get("total").asLong()).orElse(0L));
        return Connection.of(fetched, page, Listed::node, item -> new Cursor.Keyset(item.position()), total);
    }

    /**
     * The page and its total found from the filter's country or region ({@code list-nodes-from-place.cypher}),
     * or empty when the kind's index finds it sooner (for a page without its total), or more than
     * {@code innograph.api.place-listing-budget} ways lead into the place.
     */
    private <T> Optional<Listed.Page<T>> fromPlace(Kind kind, Map<String, Object> params, boolean withTotal,
            Function<MapAccessor, Listed<T>> listed) {
        var placeParams = new HashMap<>(params);
        placeParams.put("budget", api.placeListingBudget());
        placeParams.put("label", kind.label());
        // count-nodes.cypher tests every node of the kind, so with a total the place's side is the cheaper
        // whenever it is within the budget.
        placeParams.put("crossover", withTotal ? Integer.MAX_VALUE : CROSSOVER);
        return queries.single("network/list-nodes-from-place", placeParams, row -> row)
                .filter(row -> !row.get("byIndex").asBoolean())
                .map(row -> new Listed.Page<>(row.get("page").asList(listed::apply), row.get("total").asLong()));
    }

    /** A listed node with its position in the list's order. */
    private record Listed<T>(T node, String position) {

        /** A page and the total that passed the filters. */
        private record Page<T>(List<Listed<T>> items, long total) {
        }
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
