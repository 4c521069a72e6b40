package org.innograph.paths;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the derived {@code COOPERATES_WITH} edges are kept.
 *
 * @param maxConsortium the largest lab, project, park or centre (in participation edges) whose participants
 *     get a pairwise edge each. Pairs grow with the square of a consortium's size; members of a larger one
 *     are connected through its node instead, two hops apart. Keeps the derived edges at most
 *     {@code (maxConsortium - 1) / 2} per participation, so they grow linearly with the data.
 * @param chunkSize the most institutions re-derived per transaction, so one derivation never holds a large
 *     graph's edges in one transaction's memory.
 * @param maxPairs the most pairs one transaction may derive, bounded as participations x (maxConsortium - 1):
 *     a transaction takes fewer institutions when they take part in much, and a hub above it on its own
 *     derives a chunk of its partners per transaction.
 */
@ConfigurationProperties("innograph.cooperation")
public record CooperationProperties(@DefaultValue("25") int maxConsortium, @DefaultValue("500") int chunkSize,
        @DefaultValue("50000") long maxPairs) {
}
