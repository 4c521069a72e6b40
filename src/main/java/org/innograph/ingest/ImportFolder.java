package org.innograph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;

/**
 * Reads an import folder in Innograph's own layout: one file per node kind ({@code institution.csv},
 * {@code joint_lab.jsonl}...) and one per edge kind ({@code partner_of.csv}...), named after the kind in lower
 * case, and checks each row on its own: ids and their kinds, column types, dates and their order, duplicates
 * within the file. Files that end neither in {@code .csv} nor {@code .jsonl} are not read (a README may sit
 * beside the data). The checks that need all files and the database are {@link BulkImport}'s.
 */
final class ImportFolder {

    private static final List<Kind> KINDS = List.of(Kind.values());

    private final RawRows rawRows = new RawRows();

    Staging read(Path folder, ImportOptions options) {
        var staging = new Staging();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().matches(".*\\.(csv|jsonl)"))
                    .sorted(ImportFolder::nodesFirst).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot list the import folder " + folder, e);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String stem = name.substring(0, name.lastIndexOf('.')).toUpperCase(Locale.ROOT);
            Optional<Kind> kind = Arrays.stream(Kind.values()).filter(k -> k.name().equals(stem)).findFirst();
            Optional<EdgeKind> edgeKind = Arrays.stream(EdgeKind.values()).filter(k -> k.name().equals(stem)).findFirst();
            if (kind.isPresent()) {
                rawRows.read(file, new NodeFile(staging, name, kind.get(), options));
            }
            else if (edgeKind.isPresent() && edgeKind.get() != EdgeKind.COOPERATES_WITH) {
                rawRows.read(file, new EdgeFile(staging, name, edgeKind.get(), options));
            }
            else {
                String reason = edgeKind.isPresent() ? "COOPERATES_WITH is derived, never imported"
                        : "unknown kind '%s': the file name names no node kind and no edge kind".formatted(stem.toLowerCase(Locale.ROOT));
                rawRows.read(file, new Unknown(staging, name, reason));
            }
        }
        return staging;
    }

    /** Node files before edge files, each in name order, so progress and the summary read in writing order. */
    private static int nodesFirst(Path a, Path b) {
        return Boolean.compare(isEdgeFile(a), isEdgeFile(b)) * 2 + Integer.signum(a.getFileName().compareTo(b.getFileName()));
    }

    private static boolean isEdgeFile(Path file) {
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.')).toUpperCase(Locale.ROOT);
        return Arrays.stream(EdgeKind.values()).anyMatch(k -> k.name().equals(stem));
    }

    /**
     * The kind an id's prefix (up to its first colon) names, or null. Compared in place, as it runs for every
     * id of every row: a substring and an {@code Optional} per id were 70 MB of garbage at 1m.
     */
    static Kind kindOf(String id) {
        int colon = id.indexOf(':');
        for (Kind kind : KINDS) {
            String prefix = kind.idPrefix();
            if (prefix.length() == colon && id.startsWith(prefix)) {
                return kind;
            }
        }
        return null;
    }

    /** What is shared by node and edge files: the header check, typed cells, provenance, the date order. */
    private abstract static class TypedFile implements RawRows.Handler {
        final Staging staging;
        final String file;
        final ImportOptions options;
        /** The columns every row must have; not properties. */
        final List<String> required;
        /** Column names found good already: a CSV file's are its header's, a JSON Lines file's are per row. */
        private final Set<String> goodNames = new HashSet<>();
        String headerProblem;
        String headerColumn = "";
        private final String defaultSource;

        TypedFile(Staging staging, String file, ImportOptions options, List<String> required) {
            this.staging = staging;
            this.file = file;
            this.options = options;
            this.required = required;
            this.defaultSource = "import: " + file;
        }

        @Override
        public void header(List<String> columns) {
            if (columns == null) {
                return;
            }
            for (String column : columns) {
                String bad = Columns.badName(column);
                if (bad != null) {
                    headerProblem = "header rejected: " + bad;
                    headerColumn = column;
                    return;
                }
                if (columns.indexOf(column) != columns.lastIndexOf(column)) {
                    headerProblem = "header rejected: column '%s' appears twice".formatted(column);
                    headerColumn = column;
                    return;
                }
            }
            for (String column : required) {
                if (!columns.contains(column)) {
                    headerProblem = "header rejected: no '%s' column".formatted(column);
                    headerColumn = column;
                    return;
                }
            }
        }

        @Override
        public void row(RawRows.Row raw) {
            staging.tally(file).rows++;
            if (headerProblem != null) {
                staging.reject(file, new Problem(file, raw.line(), headerColumn, headerProblem));
                return;
            }
            if (raw.unreadable() != null) {
                staging.reject(file, new Problem(file, raw.line(), raw.unreadableColumn(), raw.unreadable()));
                return;
            }
            for (String column : raw.cells().keySet()) {
                String bad = goodNames.contains(column) ? null : Columns.badName(column);
                if (bad != null) {
                    staging.reject(file, new Problem(file, raw.line(), column, bad));
                    return;
                }
                goodNames.add(column);
            }
            var properties = staging.shared.properties(raw.cells().size() + 3);
            for (var cell : raw.cells().entrySet()) {
                if (required.contains(cell.getKey())) {
                    continue;
                }
                try {
                    properties.put(cell.getKey(), staging.shared.value(cell.getKey(), Columns.value(cell.getKey(), cell.getValue())));
                }
                catch (Columns.BadCell e) {
                    staging.reject(file, new Problem(file, raw.line(), cell.getKey(), e.getMessage()));
                    return;
                }
            }
            if (properties.get("since") instanceof LocalDate since && properties.get("until") instanceof LocalDate until
                    && since.isAfter(until)) {
                staging.reject(file, new Problem(file, raw.line(), "until", "since %s is after until %s".formatted(since, until)));
                return;
            }
            if (properties.get("source") == null) {
                properties.put("source", options.source() != null ? options.source() : defaultSource);
            }
            if (!raw.cells().containsKey("asOf") && options.asOf() != null) {
                properties.put("asOf", options.asOf());
            }
            if (properties.get("synthetic") == null) {
                properties.put("synthetic", false);
            }
            accept(raw, properties.done());
        }

        abstract void accept(RawRows.Row raw, Map<String, Object> properties);

        String text(RawRows.Row raw, String column) {
            Object cell = raw.cells().get(column);
            return cell instanceof String text ? text.strip() : null;
        }
    }

    private static final class NodeFile extends TypedFile {
        private final Kind kind;
        private final Map<String, Long> seen = new HashMap<>();

        NodeFile(Staging staging, String file, Kind kind, ImportOptions options) {
            super(staging, file, options, List.of("id"));
            this.kind = kind;
        }

        @Override
        void accept(RawRows.Row raw, Map<String, Object> properties) {
            String id = text(raw, "id");
            if (id == null || id.isEmpty()) {
                staging.reject(file, new Problem(file, raw.line(), "id", "missing id"));
                return;
            }
            Kind named = kindOf(id);
            if (named == null) {
                staging.reject(file, new Problem(file, raw.line(), "id", "unknown kind: the id '%s' does not start with a kind's prefix (%s:...)"
                        .formatted(id, kind.idPrefix())));
                return;
            }
            if (named != kind) {
                staging.reject(file, new Problem(file, raw.line(), "id", "the id '%s' is of kind %s, not %s"
                        .formatted(id, named, kind)));
                return;
            }
            if (!(properties.get("name") instanceof String)) {
                staging.reject(file, new Problem(file, raw.line(), "name", "missing name"));
                return;
            }
            Long first = seen.putIfAbsent(id, raw.line());
            if (first != null) {
                staging.reject(file, new Problem(file, raw.line(), "id", "duplicate id %s (first on line %d)".formatted(id, first)));
                return;
            }
            staging.nodes.add(Staging.StagedNode.checkingItsCountry(file, file, raw.line(), new NodeRow(kind, staging.shared.id(id), properties)));
        }
    }

    private static final class EdgeFile extends TypedFile {
        private final EdgeKind kind;
        private final Map<EdgeRow.Key, Long> seen = new HashMap<>();

        EdgeFile(Staging staging, String file, EdgeKind kind, ImportOptions options) {
            super(staging, file, options, List.of("from", "to"));
            this.kind = kind;
        }

        @Override
        void accept(RawRows.Row raw, Map<String, Object> properties) {
            String from = text(raw, "from");
            String to = text(raw, "to");
            for (String end : List.of("from", "to")) {
                String id = end.equals("from") ? from : to;
                if (id == null || id.isEmpty()) {
                    staging.reject(file, new Problem(file, raw.line(), end, "missing id"));
                    return;
                }
                if (kindOf(id) == null) {
                    staging.reject(file, new Problem(file, raw.line(), end, "unknown kind: the id '%s' does not start with a kind's prefix".formatted(id)));
                    return;
                }
            }
            EdgeRow row = new EdgeRow(kind, staging.shared.id(from), staging.shared.id(to), properties);
            Long first = seen.putIfAbsent(row.key(), raw.line());
            if (first != null) {
                staging.reject(file, new Problem(file, raw.line(), "to", "duplicate edge %s -> %s (first on line %d)".formatted(from, to, first)));
                return;
            }
            staging.edges.add(new Staging.StagedEdge(file, file, raw.line(), row));
        }
    }

    /** A file whose name names no kind: every row is reported with the reason. */
    private record Unknown(Staging staging, String file, String reason) implements RawRows.Handler {
        @Override
        public void header(List<String> columns) {
        }

        @Override
        public void row(RawRows.Row raw) {
            staging.tally(file).rows++;
            staging.reject(file, new Problem(file, raw.line(), "", reason));
        }
    }
}
