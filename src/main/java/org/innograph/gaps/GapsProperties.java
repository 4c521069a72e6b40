package org.innograph.gaps;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the network algorithms ({@code innograph.gaps.*}).
 *
 * @param exactBetweennessLimit the most nodes the projected graph may have for betweenness to be exact
 *     (Brandes, O(nm)); above it, betweenness is estimated from a sample of source nodes, with its error bound.
 * @param betweennessSamples how many source nodes the estimate samples (fixed seed, so reruns agree).
 * @param brokersKept how many of the most central institutions a brokers analysis keeps for its answers.
 * @param partnerPaths the most 2-hop steps (actor - neighbour - candidate) suggested partners walk to find their
 *     candidates; past it the answer says {@code truncated}. It bounds a hub's request: each step costs a
 *     candidate's scoring at most once.
 */
@ConfigurationProperties("innograph.gaps")
public record GapsProperties(
        @DefaultValue("50000") long exactBetweennessLimit,
        @DefaultValue("2000") int betweennessSamples,
        @DefaultValue("500") int brokersKept,
        @DefaultValue("20000") int partnerPaths) {
}
