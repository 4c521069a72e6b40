package org.innograph.paths;

import java.util.List;

import org.innograph.subgraph.GraphNode;
import org.innograph.subgraph.Subgraph;

/** A path through the network: its nodes in order and its edges, drawable as a subgraph. */
public record Path(Subgraph subgraph) {

    public int length() {
        return subgraph.edges().size();
    }

    public List<String> nodeIds() {
        return subgraph.nodes().stream().map(GraphNode::id).toList();
    }
}
