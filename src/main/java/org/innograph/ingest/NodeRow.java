package org.innograph.ingest;

import java.util.Map;

import org.innograph.network.Kind;

/** One node to create or update: its kind, public id and properties (provenance included). */
public record NodeRow(Kind kind, String id, Map<String, Object> properties) {
}
