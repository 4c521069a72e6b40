package org.innograph.regions;

import java.util.List;

import org.innograph.network.Kind;

/** A node that connects two regions, by id, and the participants that connect them on each side. */
record Tie(String id, Kind kind, String sortKey, List<Participant> sideA, List<Participant> sideB) {
}
