package org.innograph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the Research Organization Registry's own data dump, schema v2 JSON (one array of records, as ROR
 * publishes it on Zenodo: {@code v1.xx-YYYY-MM-DD-ror-data_schema_v2.json}, or the {@code ...-ror-data.zip} it
 * comes in), streamed record by record so the whole registry never sits in memory as JSON, and hands each
 * record to the same handlers as {@code institutions.csv} and {@code relationships.csv}, as the rows those
 * files would hold (their README's columns): one mapping, one set of checks, whichever layout the registry
 * comes in. A problem's {@code line} is the record's position in the array (1 for the first record).
 */
final class RorDump {

    private static final String SCHEMA_V2 = "schema_v2.json";

    private final JsonMapper json = JsonMapper.builder().build();

    /** The dump in the folder: its one {@code *schema_v2.json}, else its one {@code *ror-data*.zip}; empty when none. */
    static Optional<Path> in(Path folder) {
        for (String ending : List.of(SCHEMA_V2, ".zip")) {
            List<Path> found;
            try (Stream<Path> files = Files.list(folder)) {
                found = files.filter(file -> file.getFileName().toString().endsWith(ending)
                        && (ending.equals(SCHEMA_V2) || file.getFileName().toString().contains("ror-data"))).sorted().toList();
            }
            catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + folder, e);
            }
            if (found.size() > 1) {
                throw new IngestException("%s holds %d ROR dumps (%s); keep one".formatted(folder, found.size(), found));
            }
            if (found.size() == 1) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    void read(Path dump, RawRows.Handler institutions, RawRows.Handler relationships) {
        institutions.header(RorRegistry.INSTITUTION_COLUMNS);
        relationships.header(RorRegistry.RELATIONSHIP_COLUMNS);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(dump), 1 << 16)) {
            if (dump.getFileName().toString().endsWith(".zip")) {
                readZip(dump, new ZipInputStream(in), institutions, relationships);
            }
            else {
                readRecords(in, institutions, relationships);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dump, e);
        }
    }

    private void readZip(Path dump, ZipInputStream zip, RawRows.Handler institutions, RawRows.Handler relationships) throws IOException {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (entry.getName().endsWith(SCHEMA_V2)) {
                readRecords(zip, institutions, relationships);
                return;
            }
        }
        throw new IngestException("%s holds no *%s: the importer reads ROR's schema v2 records".formatted(dump, SCHEMA_V2));
    }

    private void readRecords(InputStream in, RawRows.Handler institutions, RawRows.Handler relationships) {
        long number = 0;
        try (JsonParser parser = json.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                institutions.row(new RawRows.Row(1, Map.of(), "not a ROR dump: it must be one JSON array of records", ""));
                return;
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                number++;
                if (token == null) {
                    institutions.row(new RawRows.Row(number, Map.of(), "the dump ends before its array closes", ""));
                    return;
                }
                JsonNode record = parser.readValueAsTree();
                if (!record.isObject()) {
                    institutions.row(new RawRows.Row(number, Map.of(), "not a JSON object", ""));
                    continue;
                }
                institutions.row(new RawRows.Row(number, institution(record), null, null));
                String from = record.path("id").asString("");
                for (JsonNode relationship : record.path("relationships")) {
                    var cells = new LinkedHashMap<String, Object>();
                    cells.put("from_ror_id", from);
                    cells.put("to_ror_id", relationship.path("id").asString(""));
                    cells.put("type", relationship.path("type").asString("").toLowerCase(java.util.Locale.ROOT));
                    relationships.row(new RawRows.Row(number, cells, null, null));
                }
            }
        }
        catch (JacksonException e) {
            // Bad UTF-8 or broken JSON: nothing after it can be read.
            institutions.row(new RawRows.Row(number, Map.of(), "unreadable JSON from here on: " + e.getOriginalMessage(), ""));
        }
    }

    /**
     * A schema v2 record as the columns of {@code institutions.csv}: the {@code ror_display} name; every other
     * name (labels in every language, aliases, acronyms) in the record's order, a {@code |} inside one written
     * as {@code /} as the CSV layout does; the first location's country, place and coordinates.
     */
    private static Map<String, Object> institution(JsonNode record) {
        String name = "";
        var aliases = new ArrayList<String>();
        for (JsonNode entry : record.path("names")) {
            String value = entry.path("value").asString("").replace('|', '/');
            boolean display = false;
            for (JsonNode type : entry.path("types")) {
                display |= type.asString("").equals("ror_display");
            }
            if (display && name.isEmpty()) {
                name = value;
            }
            else if (!aliases.contains(value)) {
                aliases.add(value);
            }
        }
        var types = new ArrayList<String>();
        record.path("types").forEach(type -> types.add(type.asString("").toLowerCase(java.util.Locale.ROOT)));
        JsonNode place = record.path("locations").path(0).path("geonames_details");
        var cells = new LinkedHashMap<String, Object>();
        cells.put("ror_id", record.path("id").asString(""));
        cells.put("name", name);
        cells.put("aliases", String.join("|", aliases));
        cells.put("types", String.join("|", types));
        cells.put("country_code", place.path("country_code").asString(""));
        cells.put("city", place.path("name").asString(""));
        cells.put("lat", place.path("lat").asString(""));
        cells.put("lng", place.path("lng").asString(""));
        cells.put("established", record.path("established").asString(""));
        cells.put("status", record.path("status").asString(""));
        return cells;
    }
}
