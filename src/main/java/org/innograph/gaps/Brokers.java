package org.innograph.gaps;

import java.util.List;

import org.innograph.network.NetworkNode;

/** A brokers analysis as a client sees it: its state and, once done, the most central institutions. */
public record Brokers(AnalysisStatus status, double progress, Long nodes, Long ties, Boolean exact, Integer samples,
        Double errorBound, List<Broker> actors, String error) {

    /** One institution and its scores. */
    public record Broker(NetworkNode institution, long degree, double betweenness, double pageRank) {
    }
}
