package org.innograph.gaps;

import java.util.List;

import org.innograph.network.NetworkNode;

/**
 * The partners suggested to an institution or lab: how many neighbours it has, how many candidates were
 * scored, whether the cap on the 2-hop walk left some out, and the best-ranked suggestions.
 */
public record SuggestedPartners(NetworkNode actor, LinkScore by, long neighbours, long candidates, boolean truncated,
        List<Suggestion> suggestions) {

    /** One institution suggested, its scores, and why: the neighbours, fields and regions the two share. */
    public record Suggestion(NetworkNode partner, double score, long commonNeighbours, double adamicAdar, double resourceAllocation,
            List<String> sharedNeighbourIds, List<String> sharedFieldIds, List<String> sharedRegionIds, String reason) {
    }
}
