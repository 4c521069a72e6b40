package org.innograph.regions;

import java.util.List;

import org.innograph.network.NetworkNode;

/** One node that connects two regions, with the institutions on each side. */
public record RegionLink(NetworkNode node, List<Evidence> sideA, List<Evidence> sideB) {
}
