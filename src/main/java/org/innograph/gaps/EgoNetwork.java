package org.innograph.gaps;

import java.time.LocalDate;
import java.util.List;

import org.innograph.network.NetworkNode;

/**
 * An institution's ego network on the derived cooperation graph and Burt's measures of it.
 *
 * @param size how many institutions it cooperates with in all
 * @param kept the alters the measures were computed over (the strongest ties first), their ids
 * @param altersMeasured how many they are
 * @param ties the ties among the kept alters
 * @param truncated true when the ego has more alters than were kept
 */
public record EgoNetwork(NetworkNode institution, LocalDate asOf, int size, List<String> kept, int altersMeasured, int ties,
        boolean truncated, Double effectiveSize, Double efficiency, Double constraint, List<Alter> alters) {

    /** One alter: its tie's weight and its dyadic constraint on the ego. */
    public record Alter(NetworkNode institution, long weight, double constraint) {
    }
}
