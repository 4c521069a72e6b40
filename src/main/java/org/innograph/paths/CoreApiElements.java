package org.innograph.paths;

import java.util.Map;

import org.innograph.database.DriverValues;
import org.innograph.subgraph.GraphElements;
import org.innograph.subgraph.GraphNode;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;

/** Nodes and edges met by a Core API walk, mapped by {@link GraphElements} as a query row's are. */
final class CoreApiElements {

    private CoreApiElements() {
    }

    static GraphNode node(Node node) {
        return GraphElements.node(DriverValues.of(node));
    }

    static Map<String, Object> properties(Relationship edge) {
        return GraphElements.properties(DriverValues.of(edge.getAllProperties()).asMap());
    }
}
