package org.innograph.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes nodes and edges as an import folder in Innograph's own layout (one CSV file per kind, the columns
 * those of {@link ImportFolder}), which imports back to the same graph. Used to hand generated networks to the
 * importer (the import benchmark).
 */
public final class ImportFolderWriter {

    private ImportFolderWriter() {
    }

    /** Writes the rows into the folder, which it creates; returns the files written. */
    public static List<Path> write(Path folder, List<NodeRow> nodes, List<EdgeRow> edges) {
        try {
            Files.createDirectories(folder);
            var files = new ArrayList<Path>();
            group(nodes, NodeRow::kind).forEach((kind, rows) -> files.add(file(folder, kind.name(), List.of("id"),
                    rows, row -> List.of(row.id()), NodeRow::properties)));
            group(edges, EdgeRow::kind).forEach((kind, rows) -> files.add(file(folder, kind.name(), List.of("from", "to"),
                    rows, row -> List.of(row.from(), row.to()), EdgeRow::properties)));
            return files;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot write the import folder " + folder, e);
        }
    }

    private static <T> Path file(Path folder, String kind, List<String> keys, List<T> rows, Function<T, List<String>> keyValues,
            Function<T, Map<String, Object>> properties) {
        Path file = folder.resolve(kind.toLowerCase(Locale.ROOT) + ".csv");
        var columns = new TreeSet<String>();
        rows.forEach(row -> properties.apply(row).forEach((key, value) -> {
            if (value != null && !Columns.RESERVED.contains(key)) {
                columns.add(key);
            }
        }));
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            var header = new ArrayList<>(keys);
            header.addAll(columns);
            csv.printRecord(header);
            for (T row : rows) {
                var record = new ArrayList<String>(keyValues.apply(row));
                Map<String, Object> values = properties.apply(row);
                for (String column : columns) {
                    record.add(cell(values.get(column)));
                }
                csv.printRecord(record);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return file;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> items) {
            return String.join("|", items.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }

    private static <K, T> Map<K, List<T>> group(List<T> rows, Function<T, K> key) {
        var groups = new LinkedHashMap<K, List<T>>();
        rows.forEach(row -> groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
        return groups;
    }
}
