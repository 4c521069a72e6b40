package org.innograph.ingest;

import java.util.Set;

import org.innograph.network.EdgeKind;

/**
 * Published after a write committed: which kinds of edge it wrote (none when it wrote only nodes), so derived
 * data and caches can follow.
 */
public record NetworkChanged(Set<EdgeKind> edgeKinds) {
}
