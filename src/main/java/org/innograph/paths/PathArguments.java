package org.innograph.paths;

import java.time.LocalDate;
import java.util.List;

import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;

/**
 * The arguments shared by the path fields.
 *
 * @param to the node to reach; or else
 * @param toIn a country or region: reach the nearest institution located in it
 */
public record PathArguments(String from, String to, String toIn, List<Kind> via, List<EdgeKind> edgeKinds, LocalDate asOf,
        Integer maxHops, Integer k) {
}
