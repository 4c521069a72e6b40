package org.innograph.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Helpers that turn Cypher rows and GraphQL JSON into canonical answers. */
final class Answers {

    private Answers() {
    }

    /** Sorted, distinct lines: an answer whose order does not matter. */
    static String lines(Collection<String> lines) {
        return String.join("\n", new TreeSet<>(lines));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    /** The value at a dotted path of nested maps, or null. */
    static Object at(Object root, String path) {
        Object value = root;
        for (String key : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(key);
        }
        return value;
    }

    /** The {@code key} of every map in a list. */
    static List<String> each(Object maps, String key) {
        var values = new ArrayList<String>();
        for (Object item : list(maps)) {
            values.add(Objects.toString(at(item, key)));
        }
        return values;
    }

    /** A list of plain values as texts. */
    static List<String> strings(Object values) {
        return list(values).stream().map(Answers::text).toList();
    }

    static String text(Object value) {
        return value instanceof Number number ? String.valueOf(number.longValue()) : Objects.toString(value);
    }
}
