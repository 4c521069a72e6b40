package org.innograph.ingest;

import java.util.Map;

import org.innograph.network.EdgeKind;

/** One edge to create or update between two existing nodes, by their public ids. */
public record EdgeRow(EdgeKind kind, String from, String to, Map<String, Object> properties) {

    /** What identifies the edge: its kind and both ends (there is at most one such edge). */
    String key() {
        return kind + "\u0000" + from + "\u0000" + to;
    }
}
