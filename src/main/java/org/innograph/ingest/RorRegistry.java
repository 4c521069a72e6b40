package org.innograph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;

/**
 * Reads the Research Organization Registry in the layout of its CSV export as the project keeps it
 * ({@code institutions.csv} and {@code relationships.csv}; see the README's "ROR mapping"). Each record
 * becomes an institution {@code ror:<suffix>} (the sample network's ids) with its ROR id, names, types,
 * place, founding year and status, and a {@code LOCATED_IN} edge to its country. {@code active},
 * {@code inactive} and {@code withdrawn} records are all kept, each with its status: a withdrawn record stays
 * its own node, linked to its successor, never merged into it. Relationships become {@code PART_OF} (child
 * to parent), {@code SUCCEEDS} (successor to predecessor) and {@code RELATED_TO} (lower id to higher) edges;
 * ROR states most links from both sides, and the second statement of an edge is counted as merged.
 */
final class RorRegistry {

    static final String INSTITUTIONS = "institutions.csv";
    static final String RELATIONSHIPS = "relationships.csv";
    static final String DEFAULT_SOURCE = "Research Organization Registry (ROR), CC0 1.0, https://ror.org";
    private static final Set<String> STATUSES = Set.of("active", "inactive", "withdrawn");

    private final RawRows rawRows = new RawRows();

    /**
     * The registry in the folder: {@code institutions.csv} and {@code relationships.csv} when it holds them,
     * else the registry's own data dump in it (schema v2 JSON, or the zip ROR publishes it in: {@link RorDump}).
     */
    Staging read(Path folder, ImportOptions options) {
        var staging = new Staging();
        String source = options.source() != null ? options.source() : DEFAULT_SOURCE;
        if (!Files.exists(folder.resolve(INSTITUTIONS)) && !Files.exists(folder.resolve(RELATIONSHIPS))) {
            Path dump = RorDump.in(folder).orElseThrow(() -> new IngestException(("A ROR folder holds %s and %s, or the "
                    + "registry's data dump (a *schema_v2.json file, or the *ror-data*.zip it comes in); %s has neither")
                    .formatted(INSTITUTIONS, RELATIONSHIPS, folder)));
            String name = dump.getFileName().toString();
            new RorDump().read(dump, new Institutions(staging, name, source, options), new Relationships(staging, name + " (relationships)", source, options));
            return staging;
        }
        for (String file : List.of(INSTITUTIONS, RELATIONSHIPS)) {
            if (!Files.isRegularFile(folder.resolve(file))) {
                throw new IngestException("A ROR folder holds %s and %s; %s has no %s".formatted(INSTITUTIONS, RELATIONSHIPS, folder, file));
            }
        }
        rawRows.read(folder.resolve(INSTITUTIONS), new Institutions(staging, INSTITUTIONS, source, options));
        rawRows.read(folder.resolve(RELATIONSHIPS), new Relationships(staging, RELATIONSHIPS, source, options));
        return staging;
    }

    /** The id suffix of a ROR id given as a URL or bare; null when it is none. */
    static String suffix(String rorId) {
        String trimmed = rorId.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return last.matches("0[a-z0-9]{6}[0-9]{2}") ? last : null;
    }

    /**
     * A name as the sample keeps it: invisible format characters dropped (except the joiners ZWJ and ZWNJ that
     * Sinhala, Malayalam and Persian spelling needs), trimmed, whitespace runs made one space.
     */
    static String clean(String text) {
        var kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> Character.getType(c) != Character.FORMAT || c == 0x200c || c == 0x200d)
                .forEach(kept::appendCodePoint);
        return String.join(" ", kept.toString().strip().split("(?U)\\s+")).strip();
    }

    private static Map<String, Object> provenance(Map<String, Object> properties, String source, ImportOptions options) {
        properties.put("source", source);
        properties.put("asOf", options.asOf());
        properties.put("synthetic", false);
        return properties;
    }

    private abstract static class RorFile implements RawRows.Handler {
        final Staging staging;
        final String file;
        final List<String> columns;
        String headerProblem;

        RorFile(Staging staging, String file, List<String> columns) {
            this.staging = staging;
            this.file = file;
            this.columns = columns;
        }

        @Override
        public void header(List<String> found) {
            List<String> absent = columns.stream().filter(column -> !found.contains(column)).toList();
            if (!absent.isEmpty()) {
                headerProblem = "header rejected: no column " + String.join(", ", absent);
            }
        }

        @Override
        public void row(RawRows.Row raw) {
            staging.tally(file).rows++;
            if (headerProblem != null || raw.unreadable() != null) {
                staging.reject(file, new Problem(file, raw.line(), "", headerProblem != null ? headerProblem : raw.unreadable()));
                return;
            }
            accept(raw);
        }

        abstract void accept(RawRows.Row raw);

        String cell(RawRows.Row raw, String column) {
            return ((String) raw.cells().get(column)).strip();
        }
    }

    /** The columns of {@code institutions.csv} that the mapping reads. */
    static final List<String> INSTITUTION_COLUMNS = List.of("ror_id", "name", "aliases", "types", "country_code", "city", "lat",
            "lng", "established", "status");
    /** The columns of {@code relationships.csv}. */
    static final List<String> RELATIONSHIP_COLUMNS = List.of("from_ror_id", "to_ror_id", "type");

    private static final class Institutions extends RorFile {
        private final String located;
        private final String source;
        private final ImportOptions options;
        private final Map<String, Long> seen = new HashMap<>();

        Institutions(Staging staging, String file, String source, ImportOptions options) {
            super(staging, file, INSTITUTION_COLUMNS);
            this.located = file + " (LOCATED_IN)";
            this.source = source;
            this.options = options;
        }

        @Override
        void accept(RawRows.Row raw) {
            String rorId = cell(raw, "ror_id");
            if (rorId.isEmpty()) {
                staging.reject(file, new Problem(file, raw.line(), "ror_id", "missing id"));
                return;
            }
            String suffix = suffix(rorId);
            if (suffix == null) {
                staging.reject(file, new Problem(file, raw.line(), "ror_id", "not a ROR id: '%s'".formatted(rorId)));
                return;
            }
            String name = clean(cell(raw, "name"));
            if (name.isEmpty()) {
                staging.reject(file, new Problem(file, raw.line(), "name", "missing name"));
                return;
            }
            String status = cell(raw, "status");
            if (!STATUSES.contains(status)) {
                staging.reject(file, new Problem(file, raw.line(), "status", "unknown status '%s' (active, inactive or withdrawn)".formatted(status)));
                return;
            }
            var properties = new HashMap<String, Object>();
            try {
                properties.put("lat", Columns.value("lat", cell(raw, "lat")));
                properties.put("lng", Columns.value("lng", cell(raw, "lng")));
            }
            catch (Columns.BadCell e) {
                staging.reject(file, new Problem(file, raw.line(), "lat/lng", e.getMessage()));
                return;
            }
            String established = cell(raw, "established");
            if (!established.isEmpty() && !established.matches("\\d{1,4}")) {
                staging.reject(file, new Problem(file, raw.line(), "established", "not a year: '%s'".formatted(established)));
                return;
            }
            String id = Kind.INSTITUTION.id(suffix);
            Long first = seen.putIfAbsent(id, raw.line());
            if (first != null) {
                staging.reject(file, new Problem(file, raw.line(), "ror_id", "duplicate id %s (first on line %d)".formatted(rorId, first)));
                return;
            }
            var aliases = new ArrayList<String>();
            String aliasCell = cell(raw, "aliases");
            if (!aliasCell.isEmpty()) {
                for (String alias : aliasCell.split("\\|")) {
                    String cleaned = clean(alias);
                    if (!cleaned.isEmpty() && !cleaned.equals(name) && !aliases.contains(cleaned)) {
                        aliases.add(cleaned);
                    }
                }
            }
            String country = cell(raw, "country_code");
            properties.put("rorId", "https://ror.org/" + suffix);
            properties.put("name", name);
            properties.put("aliases", aliases);
            properties.put("types", cell(raw, "types").isEmpty() ? List.of() : List.of(cell(raw, "types").split("\\|")));
            properties.put("countryCode", country.isEmpty() ? null : country);
            properties.put("city", cell(raw, "city").isEmpty() ? null : cell(raw, "city"));
            properties.put("established", established.isEmpty() ? null : Long.parseLong(established));
            properties.put("status", status);
            provenance(properties, source, options);
            staging.nodes.add(new Staging.StagedNode(file, file, raw.line(), new NodeRow(Kind.INSTITUTION, id, properties), null));
            if (!country.isEmpty()) {
                staging.tally(located).rows++;
                staging.edges.add(new Staging.StagedEdge(located, file, raw.line(), new EdgeRow(EdgeKind.LOCATED_IN, id,
                        Kind.COUNTRY.id(country), provenance(new HashMap<>(), source, options))));
            }
        }
    }

    private static final class Relationships extends RorFile {
        private final String source;
        private final ImportOptions options;
        private final Map<String, Long> seen = new HashMap<>();

        Relationships(Staging staging, String file, String source, ImportOptions options) {
            super(staging, file, RELATIONSHIP_COLUMNS);
            this.source = source;
            this.options = options;
        }

        @Override
        void accept(RawRows.Row raw) {
            String from = suffix(cell(raw, "from_ror_id"));
            String to = suffix(cell(raw, "to_ror_id"));
            if (from == null || to == null) {
                String column = from == null ? "from_ror_id" : "to_ror_id";
                staging.reject(file, new Problem(file, raw.line(), column, cell(raw, column).isEmpty() ? "missing id"
                        : "not a ROR id: '%s'".formatted(cell(raw, column))));
                return;
            }
            String a = Kind.INSTITUTION.id(from);
            String b = Kind.INSTITUTION.id(to);
            EdgeRow edge = switch (cell(raw, "type")) {
                case "parent" -> new EdgeRow(EdgeKind.PART_OF, a, b, Map.of());
                case "child" -> new EdgeRow(EdgeKind.PART_OF, b, a, Map.of());
                case "successor" -> new EdgeRow(EdgeKind.SUCCEEDS, b, a, Map.of());
                case "predecessor" -> new EdgeRow(EdgeKind.SUCCEEDS, a, b, Map.of());
                case "related" -> new EdgeRow(EdgeKind.RELATED_TO, a.compareTo(b) <= 0 ? a : b, a.compareTo(b) <= 0 ? b : a, Map.of());
                default -> null;
            };
            if (edge == null) {
                staging.reject(file, new Problem(file, raw.line(), "type",
                        "unknown relationship type '%s' (parent, child, related, successor, predecessor)".formatted(cell(raw, "type"))));
                return;
            }
            if (a.equals(b)) {
                staging.reject(file, new Problem(file, raw.line(), "to_ror_id", "a relationship of a record with itself"));
                return;
            }
            if (seen.putIfAbsent(edge.kind() + " " + edge.from() + " " + edge.to(), raw.line()) != null) {
                staging.tally(file).merged++;
                return;
            }
            staging.edges.add(new Staging.StagedEdge(file, file, raw.line(), new EdgeRow(edge.kind(), edge.from(), edge.to(),
                    provenance(new HashMap<>(), source, options))));
        }
    }
}
