package org.innograph.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The query parameters of an export URL, read as the GraphQL arguments of the same name: a list is given
 * by repeating the parameter or with commas ({@code edgeKinds=PARTNER_OF,RUNS}), a date is ISO
 * ({@code 2020-01-01}), an enum by its constant. A missing required one, a malformed one, or one the
 * question does not take is refused as BAD_USER_INPUT naming it, before anything runs.
 */
final class ExportArguments {

    private final Map<String, List<String>> parameters;
    private final Set<String> read = new HashSet<>();

    ExportArguments(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    String string(String name) {
        List<String> values = values(name);
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ExportRefused.badArgument(name, "give `%s` once, not %d times".formatted(name, values.size()));
        }
        return values.get(0);
    }

    String required(String name) {
        String value = string(name);
        if (value == null) {
            throw ExportRefused.badArgument(name, "`%s` is required".formatted(name));
        }
        return value;
    }

    int integer(String name, int otherwise) {
        String value = string(name);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        }
        catch (NumberFormatException e) {
            throw ExportRefused.badArgument(name, "`%s` must be an integer, was '%s'".formatted(name, value));
        }
    }

    Integer integer(String name) {
        return string(name) == null ? null : integer(name, 0);
    }

    LocalDate date(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException e) {
            throw ExportRefused.badArgument(name, "`%s` must be a date such as 2020-01-01, was '%s'".formatted(name, value));
        }
    }

    <E extends Enum<E>> E constant(String name, Class<E> type, E otherwise) {
        String value = string(name);
        return value == null ? otherwise : constant(name, type, value);
    }

    /** A list, or null (no filter) when the parameter is absent. */
    List<String> strings(String name) {
        List<String> values = values(name);
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::strip)
                .filter(value -> !value.isEmpty()).toList();
    }

    <E extends Enum<E>> List<E> constants(String name, Class<E> type) {
        List<String> values = strings(name);
        return values == null ? null : values.stream().map(value -> constant(name, type, value)).toList();
    }

    <T> T map(String name, Function<String, T> parse) {
        String value = string(name);
        return value == null ? null : parse.apply(value);
    }

    /** Refuses a parameter the question does not take (a typo such as {@code dept=2} would otherwise be ignored). */
    void noOthers() {
        for (String name : parameters.keySet()) {
            if (!read.contains(name)) {
                throw ExportRefused.badArgument(name, "unknown parameter `%s`; this export takes %s".formatted(name,
                        read.stream().sorted().toList()));
            }
        }
    }

    private List<String> values(String name) {
        read.add(name);
        List<String> values = parameters.get(name);
        return values == null ? List.of() : values;
    }

    private static <E extends Enum<E>> E constant(String name, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.strip());
        }
        catch (IllegalArgumentException e) {
            throw ExportRefused.badArgument(name, "`%s` must be one of %s, was '%s'".formatted(name,
                    Arrays.toString(type.getEnumConstants()), value));
        }
    }
}
