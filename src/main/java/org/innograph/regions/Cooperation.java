package org.innograph.regions;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.innograph.network.Kind;

/** A lab, project, park, centre or agreement with those of its participants located in the regions asked about. */
record Cooperation(String id, Kind kind, String sortKey, List<Participant> participants) {

    /** The kinds of node that can connect regions: what the matrix counts. */
    static final Set<Kind> KINDS = Set.of(Kind.JOINT_LAB, Kind.PROJECT, Kind.INDUSTRIAL_PARK, Kind.DEMO_CENTER,
            Kind.TRANSFER_CENTER, Kind.AGREEMENT);

    /** Those that institutions take part in (countries sign agreements). */
    static final Set<Kind> OF_INSTITUTIONS = Set.of(Kind.JOINT_LAB, Kind.PROJECT, Kind.INDUSTRIAL_PARK,
            Kind.DEMO_CENTER, Kind.TRANSFER_CENTER);

    /**
     * Every pair of the regions asked about that it connects (see {@link Participant#joins}), as
     * {@code [regionA, regionB]}; a pair connected one way round is connected the other way round too.
     */
    Set<List<String>> connectedPairs() {
        var pairs = new HashSet<List<String>>();
        for (Participant a : participants) {
            for (Participant b : participants) {
                for (String regionA : a.regions()) {
                    for (String regionB : b.regions()) {
                        if (a.joins(regionA, b, regionB)) {
                            pairs.add(List.of(regionA, regionB));
                        }
                    }
                }
            }
        }
        return pairs;
    }
}
