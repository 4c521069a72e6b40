package org.innograph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The types of the import columns. A column named here is parsed to its type and checked; any other column
 * is kept as a string property of the same name. Lists are {@code |}-separated in CSV and arrays in JSON Lines.
 */
final class Columns {

    static final Set<String> LISTS = Set.of("aliases", "types", "crops");
    static final Set<String> DATES = Set.of("since", "until", "asOf");
    static final Set<String> DECIMALS = Set.of("lat", "lng");
    static final Set<String> INTEGERS = Set.of("established");
    static final Set<String> BOOLEANS = Set.of("synthetic", "sovereign");
    /** Written by the importer itself, never taken from a file. */
    static final Set<String> RESERVED = Set.of("kind", "sortKey", "derived", "run");
    static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private Columns() {
    }

    /** A cell turned into its property value; null for an empty cell. Throws with the reason when it cannot. */
    static Object value(String column, Object cell) {
        if (cell == null) {
            return null;
        }
        if (cell instanceof List<?> items) {
            if (!LISTS.contains(column)) {
                throw new BadCell("a list where one value is expected");
            }
            List<String> values = items.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return values;
        }
        String text = ((String) cell).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (LISTS.contains(column)) {
            return List.of(text.split("\\|")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        if (DATES.contains(column)) {
            try {
                return date(text);
            }
            catch (DateTimeException e) {
                throw new BadCell("unparsable date '%s' (expected YYYY-MM-DD)".formatted(text));
            }
        }
        try {
            if (DECIMALS.contains(column)) {
                return Double.parseDouble(text);
            }
            if (INTEGERS.contains(column)) {
                return Long.parseLong(text);
            }
        }
        catch (NumberFormatException e) {
            throw new BadCell("not a number: '%s'".formatted(text));
        }
        if (BOOLEANS.contains(column)) {
            if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                throw new BadCell("not true or false: '%s'".formatted(text));
            }
            return Boolean.parseBoolean(text.toLowerCase());
        }
        return text;
    }

    /**
     * {@code LocalDate.parse}, with its common case (four-digit year) read by hand: the formatter took a
     * tenth of an import's reading. Any other text goes to the formatter, which decides, so both accept the same.
     */
    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /** The number the ASCII digits in [from, to) spell, or -1 if any is not one. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Why a column name cannot be imported, or null when it can. */
    static String badName(String column) {
        if (!NAME.matcher(column).matches()) {
            return "column name '%s' is not a letter followed by letters, digits or _".formatted(column);
        }
        if (RESERVED.contains(column)) {
            return "column '%s' is written by the importer and cannot be imported".formatted(column);
        }
        return null;
    }

    /** A cell that cannot be read as its column's type. */
    static final class BadCell extends RuntimeException {
        BadCell(String reason) {
            super(reason, null, false, false);
        }
    }
}
