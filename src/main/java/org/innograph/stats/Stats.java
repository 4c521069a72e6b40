package org.innograph.stats;

import java.util.List;

import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;

/** Headline figures of the network. */
public record Stats(List<KindCount> nodes, List<EdgeKindCount> edges, long countriesWithAgreement) {

    public long totalNodes() {
        return nodes.stream().mapToLong(KindCount::count).sum();
    }

    public long totalEdges() {
        return edges.stream().mapToLong(EdgeKindCount::count).sum();
    }

    public record KindCount(Kind kind, long count) {
    }

    public record EdgeKindCount(EdgeKind kind, long count) {
    }
}
