package org.innograph.gaps;

import java.util.List;

import org.innograph.network.NetworkNode;

/**
 * Brokers between two regions as a client sees them: the job's state and, once done, what was measured (the
 * pairs, and whether their sources were sampled) and the actors whose removal cuts or lengthens the most paths.
 */
public record RegionBrokers(AnalysisStatus status, double progress, Integer institutionsFrom, Integer institutionsTo, Long pairs,
        Long pairsMeasured, Long connectedPairs, Integer sources, Boolean sampled, Long seed, Integer candidatesTested,
        List<Broker> actors, String error) {

    /** One actor and what removing it does to the pairs measured. */
    public record Broker(NetworkNode institution, long disconnectedPairs, long addedHops, double pathShare) {
    }
}
