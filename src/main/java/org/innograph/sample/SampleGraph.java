package org.innograph.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innograph.ingest.EdgeRow;
import org.innograph.ingest.NodeRow;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;

/** The nodes and edges of the sample network as they are gathered, before being written. */
final class SampleGraph {

    private final List<NodeRow> nodes = new ArrayList<>();
    private final List<EdgeRow> edges = new ArrayList<>();

    String node(Kind kind, String key, Provenance provenance, Map<String, ?> properties) {
        String id = kind.id(key);
        nodes.add(new NodeRow(kind, id, provenance.on(properties)));
        return id;
    }

    void edge(EdgeKind kind, String from, String to, Provenance provenance, Map<String, ?> properties) {
        edges.add(new EdgeRow(kind, from, to, provenance.on(properties)));
    }

    List<NodeRow> nodes() {
        return nodes;
    }

    List<EdgeRow> edges() {
        return edges;
    }
}
