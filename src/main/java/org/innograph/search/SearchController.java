package org.innograph.search;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.innograph.database.QueryRunner;
import org.innograph.graphql.ApiProperties;
import org.innograph.graphql.Connection.PageInfo;
import org.innograph.graphql.Cursor;
import org.innograph.graphql.PageRequest;
import org.innograph.network.Kind;
import org.innograph.network.NetworkNode;
import org.innograph.network.NodeProperties;
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
        Cursor.Ranked position = page.after() == null ? null : page.after().asRanked();
        var params = new HashMap<String, Object>();
        LuceneQuery query = LuceneQuery.of(text);
        params.put("index", query.index().indexName());
        params.put("query", query.text());
        params.put("kinds", kinds);
        params.put("country", country);
        params.put("region", region);
        params.put("field", field);
        // Without a place or field filter, files without those tests (search/search-anywhere.cypher says why).
        boolean anywhere = country == null && region == null && field == null;
        boolean counted = selection.contains("totalCount");
        NodeProperties properties = NodeProperties.ofCurrentRequest();
        Optional<SearchTraversal.Found> walked = !anywhere ? Optional.empty()
                : queries.traverse("search/search-anywhere (traversal)", tx -> SearchTraversal.search(tx, query.index().indexName(),
                        query.text(), kinds == null ? null : kinds.stream().map(Kind::name).collect(Collectors.toSet()),
                        position == null ? null : position.score(), position == null ? null : position.id(), page.fetchSize(),
                        properties.names(), counted)).flatMap(found -> found);
        Long total = walked.map(SearchTraversal.Found::total).orElseGet(() -> counted
                ? queries.single(anywhere ? "search/count-anywhere" : "search/count", params,
                        row -> row.get("total").asLong()).orElse(0L)
                : null);
        params.put("afterScore", position == null ? null : position.score());
        params.put("afterId", position == null ? null : position.id());
        params.put("limit", page.fetchSize());
        params.put("properties", properties.names());
        List<Hit> fetched = walked.map(found -> found.page().stream().map(hit -> new Hit(properties.read(hit.properties()), hit.score())).toList())
                .orElseGet(() -> queries.list(anywhere ? "search/search-anywhere" : "search/search", params,
                        row -> new Hit(properties.read(row.get("properties")), row.get("score").asDouble())));
        referencedIds.checkWhenNothingFound(fetched, country, region, field);
        // A hit's cursor is its place in the order: its score and id.
        List<SearchEdge> edges = fetched.stream().limit(page.first())
                .map(hit -> new SearchEdge(new Cursor.Ranked(hit.score(), hit.node().id()).encode(), hit.node(), hit.score()))
                .toList();
        return new SearchConnection(edges,
                PageInfo.of(fetched.size() > page.first(), position != null, edges.stream().map(SearchEdge::cursor).toList()), total);
    }

    private record Hit(NetworkNode node, double score) {
    }
}
