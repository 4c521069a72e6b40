package org.innograph.ingest;

import java.util.Map;

import org.innograph.network.EdgeKind;

/** One edge to create or update between two existing nodes, by their public ids. */
public record EdgeRow(EdgeKind kind, String from, String to, Map<String, Object> properties) {

    /** What identifies an edge: its kind and both ends (there is at most one such edge). */
    record Key(EdgeKind kind, String from, String to) {
    }

    Key key() {
        return new Key(kind, from, to);
    }
}
