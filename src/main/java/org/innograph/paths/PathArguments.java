package org.innograph.paths;

import java.util.List;

import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;

/** The arguments shared by the path fields. */
public record PathArguments(String from, String to, List<Kind> via, List<EdgeKind> edgeKinds, Integer maxHops, Integer k) {
}
