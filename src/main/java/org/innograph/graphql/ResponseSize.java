package org.innograph.graphql;

import java.util.Collection;
import java.util.Map;

/** A cheap estimate of how many bytes a fetched value takes in the JSON answer. */
final class ResponseSize {

    private ResponseSize() {
    }

    /**
     * Strings, lists and JSON maps count their content; an object counts a few bytes only, since its fields
     * are counted as they are completed.
     */
    static long estimate(Object value) {
        if (value == null) {
            return 4;
        }
        if (value instanceof CharSequence text) {
            return text.length() + 2L;
        }
        if (value instanceof Map<?, ?> map) {
            long bytes = 2;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                bytes += String.valueOf(entry.getKey()).length() + 4L + estimate(entry.getValue());
            }
            return bytes;
        }
        if (value instanceof Collection<?> items) {
            long bytes = 2;
            for (Object item : items) {
                bytes += 1 + estimate(item);
            }
            return bytes;
        }
        return 8;
    }
}
