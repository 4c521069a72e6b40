package org.innograph.search;

import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.innograph.database.QueryRunner;
import org.innograph.graphql.ApiProperties;
import org.innograph.graphql.Connection.PageInfo;
import org.innograph.graphql.Cursor;
import org.innograph.graphql.PageRequest;
import org.innograph.network.Kind;
import org.innograph.network.NetworkNode;
import org.innograph.network.NodeMapper;
import org.innograph.network.ReferencedIds;
import org.innograph.search.SearchConnection.SearchEdge;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code search}: ranked full-text hits, paged by offset (ranks have no stable keyset). */
@Controller
class SearchController {

    private final QueryRunner queries;
    private final ApiProperties api;
    private final ReferencedIds referencedIds;

    SearchController(QueryRunner queries, ApiProperties api, ReferencedIds referencedIds) {
        this.queries = queries;
        this.api = api;
        this.referencedIds = referencedIds;
    }

    @QueryMapping
    SearchConnection search(@Argument String text, @Argument List<Kind> kinds, @Argument String country,
            @Argument String region, @Argument String field, @Argument Integer first, @Argument String after,
            DataFetchingFieldSelectionSet selection) {
        PageRequest page = PageRequest.of(first, after, api);
        referencedIds.check(country, region, field);
        int offset = page.after() == null ? 0 : page.after().asOffset().offset();
        var params = new HashMap<String, Object>();
        LuceneQuery query = LuceneQuery.of(text);
        params.put("index", query.index().indexName());
        params.put("query", query.text());
        params.put("kinds", kinds);
        params.put("country", country);
        params.put("region", region);
        params.put("field", field);
        Long total = selection.contains("totalCount")
                ? queries.single("search/count", params, row -> row.get("total").asLong()).orElse(0L)
                : null;
        params.put("offset", offset);
        params.put("limit", page.fetchSize());
        List<Hit> fetched = queries.list("search/search", params,
                row -> new Hit(NodeMapper.toNetworkNode(row.get("n")), row.get("score").asDouble()));
        // A hit's cursor is the offset just after it.
        List<SearchEdge> edges = IntStream.range(0, Math.min(page.first(), fetched.size()))
                .mapToObj(i -> new SearchEdge(new Cursor.Offset(offset + i + 1).encode(), fetched.get(i).node(), fetched.get(i).score()))
                .toList();
        return new SearchConnection(edges,
                PageInfo.of(fetched.size() > page.first(), offset > 0, edges.stream().map(SearchEdge::cursor).toList()), total);
    }

    private record Hit(NetworkNode node, double score) {
    }
}
