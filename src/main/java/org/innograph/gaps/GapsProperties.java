package org.innograph.gaps;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the network algorithms ({@code innograph.gaps.*}).
 *
 * @param exactBetweennessLimit the most nodes the projected graph may have for betweenness to be exact
 *     (Brandes, O(nm)); above it, betweenness is estimated from a sample of source nodes, with its error bound.
 * @param betweennessSamples how many source nodes the estimate samples (fixed seed, so reruns agree).
 * @param brokersKept how many of the most central institutions a brokers analysis keeps for its answers.
 * @param egoMaxAlters the most alters (the strongest ties first) Burt's measures of one ego network are computed
 *     over, so that a hub with thousands of partners costs a bounded query; an ego with more is {@code truncated}.
 * @param regionBrokerSources the most institutions of the first region the brokers between two regions measure
 *     paths from (drawn with a fixed seed when there are more), each to every institution of the second region.
 * @param regionBrokerCandidates the most actors, those on the most sampled shortest paths first, whose removal
 *     the brokers between two regions test (one breadth-first search per affected source each).
 * @param partnerPaths the most 2-hop steps (actor - neighbour - candidate) suggested partners walk to find their
 *     candidates; past it the answer says {@code truncated}. It bounds a hub's request: each step costs a
 *     candidate's scoring at most once.
 * @param maxAnalyses the most network analyses (brokers, brokers between regions, communities) waiting or
 *     running at once; one more is refused as BUSY. They run one at a time, so this bounds how long a new one
 *     waits, and how many a client asking for many dates or region pairs can start.
 * @param analysesKept the most finished analyses of one kind kept for their answers; one more drops the
 *     finished ones, so a client asking for many dates cannot fill the memory with answers.
 * @param analysisTimeout how long one network analysis (brokers, brokers between regions, communities) may run,
 *     from when the queue starts it: the transaction timeout of each of its queries is the time it has left, in
 *     place of the database's (embedded: {@code innograph.neo4j.embedded.transaction-timeout}, 30 s), which a
 *     network of a million ties passes; its steps in the JVM stop at their next progress report. An analysis
 *     past it ends FAILED, saying so. Requests are not affected: they keep their own deadline. 20 minutes: on the
 *     1m scale network, brokers (betweenness sampled from 2,000 sources, on one thread) took 8.8 and 11.4 minutes
 *     on two cores under a load average of 6-10 ({@code bench/results/analyses-2026-11-27-1m*.md}).
 */
@ConfigurationProperties("innograph.gaps")
public record GapsProperties(
        @DefaultValue("50000") long exactBetweennessLimit,
        @DefaultValue("2000") int betweennessSamples,
        @DefaultValue("500") int brokersKept,
        @DefaultValue("500") int egoMaxAlters,
        @DefaultValue("50") int regionBrokerSources,
        @DefaultValue("100") int regionBrokerCandidates,
        @DefaultValue("20000") int partnerPaths,
        @DefaultValue("4") int maxAnalyses,
        @DefaultValue("32") int analysesKept,
        @DefaultValue("20m") Duration analysisTimeout) {
}
