package org.innograph.paths;

import java.util.ArrayList;
import java.util.List;

/**
 * Institutions waiting for their cooperation edges, cut into transactions by the work they bring rather
 * than by their number: an institution can derive up to one pair per fellow member of each thing it takes
 * part in, at most {@code maxConsortium - 1} per participation, so a hub in thousands of projects fills a
 * transaction on its own while hundreds of small institutions share one, and a hub whose bound alone passes
 * the limit is split further, by partner ({@link #chunks}).
 */
final class PendingInstitutions {

    /** A marked institution and how many participation edges it has. */
    record Pending(String id, long participations) {
    }

    /** Institutions derived in one transaction, and the bound on the pairs they derive. */
    record Group(List<String> ids, long pairs) {
    }

    private PendingInstitutions() {
    }

    /**
     * Splits {@code pending}, in order, into groups whose bound on pairs ({@code participations x
     * (maxConsortium - 1)}) stays within {@code maxPairs}; an institution whose own bound passes it is a group of one.
     */
    static List<Group> transactions(List<Pending> pending, int maxConsortium, long maxPairs) {
        long perParticipation = Math.max(1, maxConsortium - 1);
        var groups = new ArrayList<Group>();
        var group = new ArrayList<String>();
        long pairs = 0;
        for (Pending institution : pending) {
            long bound = institution.participations() * perParticipation;
            if (!group.isEmpty() && pairs + bound > maxPairs) {
                groups.add(new Group(List.copyOf(group), pairs));
                group.clear();
                pairs = 0;
            }
            group.add(institution.id());
            pairs += bound;
        }
        if (!group.isEmpty()) {
            groups.add(new Group(List.copyOf(group), pairs));
        }
        return groups;
    }

    /**
     * Cuts a hub's partners (all it may cooperate with) into as many chunks as its bound on pairs takes
     * {@code maxPairs}, so that, partners sharing on average as much with it, each chunk derives about
     * {@code maxPairs} pairs; a group within the bound is one chunk.
     */
    static List<List<String>> chunks(List<String> partners, long pairs, long maxPairs) {
        int count = (int) Math.max(1, Math.min(partners.size(), (pairs + maxPairs - 1) / maxPairs));
        int size = (partners.size() + count - 1) / count;
        var chunks = new ArrayList<List<String>>();
        for (int start = 0; start < partners.size(); start += size) {
            chunks.add(partners.subList(start, Math.min(partners.size(), start + size)));
        }
        return chunks;
    }
}
