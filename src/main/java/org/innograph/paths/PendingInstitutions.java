package org.innograph.paths;

import java.util.ArrayList;
import java.util.List;

/**
 * Institutions waiting for their cooperation edges, cut into transactions by the work they bring rather
 * than by their number: an institution can derive up to one pair per fellow member of each thing it takes
 * part in, at most {@code maxConsortium - 1} per participation, so a hub in thousands of projects fills a
 * transaction on its own while hundreds of small institutions share one.
 */
final class PendingInstitutions {

    /** A marked institution and how many participation edges it has. */
    record Pending(String id, long participations) {
    }

    private PendingInstitutions() {
    }

    /**
     * Splits {@code pending}, in order, into groups whose bound on pairs ({@code participations x
     * (maxConsortium - 1)}) stays within {@code maxPairs}; an institution whose own bound passes it is a group of one.
     */
    static List<List<String>> transactions(List<Pending> pending, int maxConsortium, long maxPairs) {
        long perParticipation = Math.max(1, maxConsortium - 1);
        var groups = new ArrayList<List<String>>();
        var group = new ArrayList<String>();
        long pairs = 0;
        for (Pending institution : pending) {
            long bound = institution.participations() * perParticipation;
            if (!group.isEmpty() && pairs + bound > maxPairs) {
                groups.add(List.copyOf(group));
                group.clear();
                pairs = 0;
            }
            group.add(institution.id());
            pairs += bound;
        }
        if (!group.isEmpty()) {
            groups.add(List.copyOf(group));
        }
        return groups;
    }
}
