package org.innograph.regions;

import java.util.Set;

import org.innograph.network.EdgeKind;

/**
 * Who takes part in a lab, project, park, centre or agreement, as {@code regions/participants.cypher} reads
 * it: an institution in the country it is located in, or, for an agreement, a country that signed it
 * ({@code institution} null).
 *
 * @param sortKey the institution's sort key (name order), null for a country
 * @param role the role in what it takes part in, where it has one
 * @param kind the edge by which it takes part; null for an institution that is its own evidence in {@code connectingLabs}
 * @param regions those of the regions asked about that its country belongs to
 */
record Participant(String institution, String sortKey, String country, String role, EdgeKind kind, Set<String> regions) {

    boolean isIn(String region) {
        return regions.contains(region);
    }

    /**
     * The one rule of what connects two regions, which every region question applies: this participant,
     * located in {@code regionA}, and {@code other}, located in {@code regionB}, connect the two when they
     * sit in two different countries. So where regions overlap (Africa and the African Union), a country
     * in both cannot connect them alone, and a region with itself is connected by two of its countries.
     * Two countries are always two different participants.
     */
    boolean joins(String regionA, Participant other, String regionB) {
        return isIn(regionA) && other.isIn(regionB) && !country.equals(other.country);
    }
}
