package org.innograph.sample;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Where a sample record comes from; written onto every node and edge as properties. */
record Provenance(String source, LocalDate asOf, boolean synthetic) {

    /** The given properties plus this provenance, leaving out absent (null) values. */
    Map<String, Object> on(Map<String, ?> properties) {
        var all = new HashMap<String, Object>();
        properties.forEach((key, value) -> {
            if (value != null) {
                all.put(key, value);
            }
        });
        all.put("source", source);
        all.put("asOf", asOf);
        all.put("synthetic", synthetic);
        return all;
    }
}
