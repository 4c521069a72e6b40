package org.innograph.search;

import java.util.List;

import org.innograph.graphql.Connection.PageInfo;
import org.innograph.network.NetworkNode;

/** A page of search hits, ranked, each with its relevance score. */
public record SearchConnection(List<SearchEdge> edges, PageInfo pageInfo, Long totalCount) {

    public List<NetworkNode> nodes() {
        return edges.stream().map(SearchEdge::node).toList();
    }

    public record SearchEdge(String cursor, NetworkNode node, double score) {
    }
}
