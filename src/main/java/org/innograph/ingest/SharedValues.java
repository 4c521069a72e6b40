package org.innograph.ingest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps one copy of what repeats across the rows an import holds in memory before writing: ids (an edge's
 * ends are nodes' ids), cell values (a file's {@code source}, its dates and roles) and each row's property
 * names. With a copy of everything per row, the 1m folder's rows held 816 MB of heap once read; with one
 * copy, 351 MB (docs/performance-history.md, "How fast").
 */
final class SharedValues {

    /** Look-ups of a column's values after which a column that rarely repeats stops being looked up. */
    private static final int TRIAL = 1_000;
    /** Distinct values kept per column; past it, new values are not kept. */
    private static final int MAX_PER_COLUMN = 10_000;

    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, Column> columns = new HashMap<>();
    private final Map<List<String>, String[]> names = new HashMap<>();
    /** The names of the last row done: the next row of the same file mostly has the same. */
    private String[] lastNames = new String[0];

    /** The id's one copy: the first seen. */
    String id(String id) {
        String shared = ids.putIfAbsent(id, id);
        return shared != null ? shared : id;
    }

    /** The value's one copy, for a column whose values repeat; the value itself otherwise. */
    Object value(String column, Object value) {
        if (value == null || value instanceof List<?>) {
            return value;
        }
        return columns.computeIfAbsent(column, c -> new Column()).share(value);
    }

    /** Properties of a row to collect, of about {@code expected} names; {@link Properties#done()} shares them. */
    Properties properties(int expected) {
        return new Properties(expected);
    }

    /** A row's properties as they are collected: set by name, then made a read-only {@link RowMap}. */
    final class Properties {
        private String[] keys;
        private Object[] values;
        private int size;

        private Properties(int expected) {
            keys = new String[expected];
            values = new Object[expected];
        }

        Object get(String key) {
            int at = indexOf(key);
            return at < 0 ? null : values[at];
        }

        /** Sets the property, replacing its value if it is set already. */
        void put(String key, Object value) {
            int at = indexOf(key);
            if (at < 0) {
                if (size == keys.length) {
                    keys = Arrays.copyOf(keys, size * 2 + 1);
                    values = Arrays.copyOf(values, size * 2 + 1);
                }
                at = size++;
                keys[at] = key;
            }
            values[at] = value;
        }

        /** The properties, their names array shared with the earlier rows of the same names. */
        Map<String, Object> done() {
            // Compared with the last row's names first: a look-up in the map hashes and compares a list per
            // row (200 MB of iterators and sublists at 1m).
            String[] shared = Arrays.equals(lastNames, 0, lastNames.length, keys, 0, size) ? lastNames
                    : names.get(Arrays.asList(keys).subList(0, size));
            if (shared == null) {
                shared = Arrays.copyOf(keys, size);
                names.put(Arrays.asList(shared), shared);
            }
            lastNames = shared;
            return new RowMap(shared, Arrays.copyOf(values, size));
        }

        private int indexOf(String key) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** A column's repeated values, looked up while they are worth it. */
    private static final class Column {
        private final Map<Object, Object> values = new HashMap<>();
        private long lookups;
        private long hits;
        private boolean givenUp;

        Object share(Object value) {
            if (givenUp) {
                return value;
            }
            lookups++;
            Object shared = values.get(value);
            if (shared != null) {
                hits++;
                return shared;
            }
            if (lookups >= TRIAL && hits * 2 < lookups) {
                // Mostly distinct (names, ids): looking them up would cost more than it keeps.
                givenUp = true;
                values.clear();
            }
            else if (values.size() < MAX_PER_COLUMN) {
                values.put(value, value);
            }
            return value;
        }
    }
}
