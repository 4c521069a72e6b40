package org.innograph.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.innograph.database.QueryRunner;
import org.innograph.graphql.ApiProperties;
import org.innograph.graphql.Connection;
import org.innograph.graphql.Cursor;
import org.innograph.graphql.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Pages through the nodes of one kind in name order with keyset cursors, filtered, counting the total only
 * when the client asks for it.
 */
@Component
public class NodeListing {

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
        List<Listed<T>> fetched = queries.list("network/list-nodes", params, row -> {
            T node = type.cast(properties.read(row.get("properties")));
            found.found(node.id(), row.get("elementId").asString());
            return new Listed<>(node, row.get("position").asString());
        });
        referencedIds.checkWhenNothingFound(fetched, args.country(), args.region(), args.field());
        Long total = selection.contains("totalCount")
                ? queries.single("network/count-nodes", filters, row -> row.get("total").asLong()).orElse(0L)
                : null;
        return Connection.of(fetched, page, Listed::node, listed -> new Cursor.Keyset(listed.position()), total);
    }

    /** A listed node with its position in the list's order. */
    private record Listed<T>(T node, String position) {
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
