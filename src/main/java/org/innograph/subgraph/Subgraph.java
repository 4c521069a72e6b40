package org.innograph.subgraph;

import java.util.List;

/**
 * A piece of the network shaped for drawing: nodes, the edges between them, and whether a cap cut
 * something off. Each node and edge is flat, with {@code id} (and {@code source}/{@code target} for
 * edges), so Cytoscape.js takes {@code [...nodes, ...edges].map(data => ({data}))} and graphology takes
 * {@code {key: id, attributes}} as they are.
 *
 * @param truncated true exactly when a node or edge cap left something out
 */
public record Subgraph(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {
}
