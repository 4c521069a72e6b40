package org.innograph.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.innograph.IntegrationTest;
import org.innograph.ingest.ImportOptions.Format;
import org.innograph.ingest.ImportOptions.Policy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The Research Organization Registry imports through the bulk import ({@code --format ror}). The slice in
 * {@code src/test/resources/ror/slice} is the sample network's source, so importing it over the sample keeps
 * every id; the counts are worked out here from the CSVs themselves.
 */
class RorImportTest extends IntegrationTest {

    private static final Path SLICE = Path.of("src/test/resources/ror/slice");
    private static final Path SMALL = Path.of("src/test/resources/ror/small");
    /** The sample's provenance of its ROR records, so that importing them over it changes only what differs. */
    private static final String SAMPLE_SOURCE = "Research Organization Registry (ROR) v2.9, CC0 1.0, https://ror.org";

    @Autowired
    BulkImport imports;

    @Autowired
    Driver driver;

    @AfterEach
    void removeTheSmallRegistry() {
        try (var session = driver.session()) {
            session.run("MATCH (n:Institution) WHERE n.id STARTS WITH 'ror:0testaa' DETACH DELETE n").consume();
        }
    }

    @Test
    void theSliceImportsWithCountsWorkedOutFromItsFilesAndASecondImportChangesNothing() throws IOException {
        List<CSVRecord> institutions = csv(SLICE.resolve("institutions.csv"));
        List<CSVRecord> relationships = csv(SLICE.resolve("relationships.csv"));
        Set<String> countries = new HashSet<>();
        csv(Path.of("src/main/resources/sample/countries.csv")).forEach(row -> countries.add(row.get("iso2")));
        Set<String> ids = new HashSet<>();
        institutions.forEach(row -> ids.add(suffix(row.get("ror_id"))));
        long located = institutions.stream().filter(row -> !row.get("country_code").isEmpty()).count();
        long unknownCountries = institutions.stream()
                .filter(row -> !row.get("country_code").isEmpty() && !countries.contains(row.get("country_code"))).count();
        long dangling = relationships.stream()
                .filter(row -> !ids.contains(suffix(row.get("from_ror_id"))) || !ids.contains(suffix(row.get("to_ror_id")))).count();
        Set<String> edges = new HashSet<>();
        relationships.forEach(row -> edges.add(edge(row)));
        long merged = relationships.size() - dangling - edges.size();
        assertThat(unknownCountries).as("the slice's README: 11 country codes are not in country-codes.csv").isEqualTo(11);

        ImportReport first = imports.run(SLICE, options(), new ImportProgress());

        assertThat(first.applied()).isTrue();
        assertThat(first.parts()).extracting(PartSummary::part, PartSummary::rows, part -> part.created() + part.updated()
                        + part.unchanged(), PartSummary::rejected, PartSummary::merged)
                .containsExactly(
                        tuple("institutions.csv", (long) institutions.size(), (long) institutions.size(), 0L, 0L),
                        tuple("institutions.csv (LOCATED_IN)", located, located - unknownCountries, unknownCountries, 0L),
                        tuple("relationships.csv", (long) relationships.size(), (long) edges.size(), dangling, merged));
        assertThat(first.problems()).hasSize((int) (unknownCountries + dangling))
                .allSatisfy(problem -> assertThat(problem.reason()).startsWith("unknown country code "));

        ImportReport second = imports.run(SLICE, options(), new ImportProgress());

        assertThat(List.of(second.created(), second.updated())).containsExactly(0L, 0L);
        assertThat(second.unchanged()).isEqualTo(institutions.size() + located - unknownCountries + edges.size());
        assertThat(second.rejected()).isEqualTo(unknownCountries + dangling);
    }

    @Test
    void theSampleInstitutionsAreTheSliceImportedKeepingIdsNamesAndAliases() throws IOException {
        imports.run(SLICE, options(), new ImportProgress());
        List<CSVRecord> sample = csv(Path.of("src/main/resources/sample/institutions.csv"));
        try (var session = driver.session()) {
            var stored = new ArrayList<List<Object>>();
            session.run("MATCH (i:Institution) WHERE i.id STARTS WITH 'ror:0' AND NOT i.id STARTS WITH 'ror:0testaa' "
                    + "RETURN i.id AS id, i.name AS name, i.aliases AS aliases, i.status AS status ORDER BY id")
                    .forEachRemaining(row -> stored.add(List.of(row.get("id").asString(), row.get("name").asString(),
                            row.get("aliases").asList(), row.get("status").asString())));
            var expected = sample.stream().filter(row -> row.get("id").startsWith("0"))
                    .map(row -> List.<Object>of("ror:" + row.get("id"), row.get("name"),
                            row.get("aliases").isEmpty() ? List.of() : List.of(row.get("aliases").split("\\|")), row.get("status")))
                    .sorted((a, b) -> ((String) a.get(0)).compareTo((String) b.get(0))).toList();
            assertThat(stored).isEqualTo(expected);
        }
    }

    @Test
    void inactiveAndWithdrawnRecordsAreKeptWithTheirStatusAndEveryOtherRowIsReported() {
        ImportReport report = imports.run(SMALL, new ImportOptions(Policy.SKIP, 100, Format.ROR, null, null), new ImportProgress());

        assertThat(report.parts()).extracting(PartSummary::part, PartSummary::created, PartSummary::rejected, PartSummary::merged)
                .containsExactly(tuple("institutions.csv", 3L, 1L, 0L), tuple("institutions.csv (LOCATED_IN)", 2L, 1L, 0L),
                        tuple("relationships.csv", 2L, 2L, 1L));
        assertThat(report.problems()).extracting(Problem::file, Problem::line, Problem::column, Problem::reason).containsExactly(
                tuple("institutions.csv", 4L, "to", "unknown country code XK"),
                tuple("institutions.csv", 5L, "status", "unknown status 'dormant' (active, inactive or withdrawn)"),
                tuple("relationships.csv", 5L, "to", "no node ror:0testzz99 in the import (or its row was rejected) nor in the database"),
                tuple("relationships.csv", 6L, "type", "unknown relationship type 'sibling' (parent, child, related, successor, predecessor)"));
        try (var session = driver.session()) {
            var rows = session.run("MATCH (i:Institution) WHERE i.id STARTS WITH 'ror:0testaa' "
                    + "RETURN i.id AS id, i.status AS status, i.aliases AS aliases, i.rorId AS rorId, i.source AS source ORDER BY id").list();
            assertThat(rows).extracting(row -> row.get("id").asString(), row -> row.get("status").asString())
                    .containsExactly(tuple("ror:0testaa01", "active"), tuple("ror:0testaa02", "inactive"), tuple("ror:0testaa03", "withdrawn"));
            assertThat(rows.get(0).get("aliases").asList()).containsExactly("TAU");
            assertThat(rows.get(0).get("rorId").asString()).isEqualTo("https://ror.org/0testaa01");
            assertThat(rows.get(0).get("source").asString()).isEqualTo(RorRegistry.DEFAULT_SOURCE);
            assertThat(session.run("MATCH (a:Institution)-[r:SUCCEEDS|PART_OF]->(b:Institution) WHERE a.id STARTS WITH 'ror:0testaa' "
                    + "RETURN a.id + ' ' + type(r) + ' ' + b.id AS edge ORDER BY edge").list(row -> row.get("edge").asString()))
                    .containsExactly("ror:0testaa01 SUCCEEDS ror:0testaa03", "ror:0testaa02 PART_OF ror:0testaa01");
        }
    }

    @Test
    void theRegistrysSchemaV2DumpImportsAsTheSameGraphAsItsCsvLayout(@TempDir Path folder) throws IOException {
        writeDump(folder.resolve("v9.9-2026-06-23-ror-data.zip"), csv(SLICE.resolve("institutions.csv")), csv(SLICE.resolve("relationships.csv")));
        ImportReport csvLayout = imports.run(SLICE, options(), new ImportProgress());

        ImportReport dump = imports.run(folder, options(), new ImportProgress());

        String name = "v9.9-2026-06-23-ror-data.zip";
        assertThat(dump.parts()).extracting(PartSummary::rows, PartSummary::rejected, PartSummary::merged)
                .containsExactlyElementsOf(csvLayout.parts().stream().map(part -> tuple(part.rows(), part.rejected(), part.merged())).toList());
        assertThat(dump.parts()).extracting(PartSummary::part)
                .containsExactly(name, name + " (LOCATED_IN)", name + " (relationships)");
        assertThat(List.of(dump.created(), dump.updated())).as("what the dump changed over its own CSV layout").containsExactly(0L, 0L);
        assertThat(dump.problems()).extracting(Problem::reason).containsExactlyInAnyOrderElementsOf(
                csvLayout.problems().stream().map(Problem::reason).toList());
    }

    @Test
    void aDumpRecordGivesItsDisplayNameItsOtherNamesAsAliasesAndItsFirstLocation(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("v9.9-2026-06-23-ror-data_schema_v2.json"), """
                [{"id": "https://ror.org/0testaa01", "status": "active", "established": null, "types": ["education", "funder"],
                  "names": [{"value": "TAU", "types": ["acronym"], "lang": null},
                            {"value": "Test Active University", "types": ["ror_display", "label"], "lang": "en"},
                            {"value": "Université A|B", "types": ["label"], "lang": "fr"}],
                  "locations": [{"geonames_id": 184745, "geonames_details": {"country_code": "KE", "country_name": "Kenya", "lat": -1.28, "lng": 36.81, "name": "Nairobi"}},
                                {"geonames_id": 2643743, "geonames_details": {"country_code": "GB", "country_name": "United Kingdom", "lat": 51.5, "lng": -0.12, "name": "London"}}],
                  "relationships": [{"id": "https://ror.org/0testaa02", "label": "Test Closed Institute", "type": "child"}]},
                 {"id": "https://ror.org/0testaa02", "status": "inactive", "established": 1950, "types": ["facility"],
                  "names": [{"value": "Test Closed Institute", "types": ["ror_display"], "lang": "en"}], "locations": [],
                  "relationships": [{"id": "https://ror.org/0testaa01", "label": "Test Active University", "type": "parent"}]},
                 {"id": "https://ror.org/0testaa03", "status": "active", "types": ["education"], "names": [], "locations": []}]
                """);

        ImportReport report = imports.run(folder, new ImportOptions(Policy.SKIP, 100, Format.ROR, null, null), new ImportProgress());

        String name = "v9.9-2026-06-23-ror-data_schema_v2.json";
        assertThat(report.problems()).extracting(Problem::file, Problem::line, Problem::column, Problem::reason)
                .containsExactly(tuple(name, 3L, "name", "missing name"));
        assertThat(report.parts()).extracting(PartSummary::part, PartSummary::created, PartSummary::merged)
                .containsExactly(tuple(name, 2L, 0L), tuple(name + " (LOCATED_IN)", 1L, 0L), tuple(name + " (relationships)", 1L, 1L));
        try (var session = driver.session()) {
            var university = session.run("MATCH (i:Institution {id: 'ror:0testaa01'})-[:LOCATED_IN]->(c:Country) "
                    + "RETURN i.name AS name, i.aliases AS aliases, i.types AS types, i.city AS city, i.lat AS lat, i.established AS established, "
                    + "c.id AS country").single();
            assertThat(university.get("name").asString()).isEqualTo("Test Active University");
            assertThat(university.get("aliases").asList()).containsExactly("TAU", "Université A/B");
            assertThat(university.get("types").asList()).containsExactly("education", "funder");
            assertThat(university.get("city").asString()).isEqualTo("Nairobi");
            assertThat(university.get("lat").asDouble()).isEqualTo(-1.28);
            assertThat(university.get("established").isNull()).isTrue();
            assertThat(university.get("country").asString()).isEqualTo("country:KE");
            assertThat(session.run("MATCH (a:Institution)-[:PART_OF]->(b:Institution) WHERE a.id STARTS WITH 'ror:0testaa' "
                    + "RETURN a.id + ' ' + b.id AS edge").list(row -> row.get("edge").asString()))
                    .containsExactly("ror:0testaa02 ror:0testaa01");
        }
    }

    /**
     * The rows of the CSV layout written as the registry's schema v2 dump, zipped as ROR publishes it: the
     * name as the {@code ror_display} name, each alias as an alias, the place as the one location, each
     * relationship on its {@code from} record.
     */
    private static void writeDump(Path zip, List<CSVRecord> institutions, List<CSVRecord> relationships) throws IOException {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var byRecord = new java.util.HashMap<String, List<Map<String, Object>>>();
        relationships.forEach(row -> byRecord.computeIfAbsent(row.get("from_ror_id"), id -> new ArrayList<>())
                .add(Map.of("id", row.get("to_ror_id"), "label", "", "type", row.get("type"))));
        var records = new ArrayList<Map<String, Object>>();
        for (CSVRecord row : institutions) {
            var names = new ArrayList<Map<String, Object>>();
            names.add(Map.of("value", row.get("name"), "types", List.of("ror_display", "label")));
            if (!row.get("aliases").isEmpty()) {
                for (String alias : row.get("aliases").split("\\|")) {
                    names.add(Map.of("value", alias, "types", List.of("alias")));
                }
            }
            var place = new java.util.LinkedHashMap<String, Object>();
            place.put("country_code", row.get("country_code"));
            place.put("country_name", row.get("country_name"));
            place.put("name", row.get("city"));
            place.put("lat", row.get("lat").isEmpty() ? null : Double.parseDouble(row.get("lat")));
            place.put("lng", row.get("lng").isEmpty() ? null : Double.parseDouble(row.get("lng")));
            var record = new java.util.LinkedHashMap<String, Object>();
            record.put("id", row.get("ror_id"));
            record.put("names", names);
            record.put("types", List.of(row.get("types").split("\\|")));
            record.put("status", row.get("status"));
            record.put("established", row.get("established").isEmpty() ? null : Integer.parseInt(row.get("established")));
            record.put("locations", row.get("country_code").isEmpty() ? List.of() : List.of(Map.of("geonames_id", 0, "geonames_details", place)));
            record.put("relationships", byRecord.getOrDefault(row.get("ror_id"), List.of()));
            records.add(record);
        }
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("v9.9-2026-06-23-ror-data.csv"));
            out.write("not read\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.zip.ZipEntry("v9.9-2026-06-23-ror-data_schema_v2.json"));
            out.write(json.writeValueAsBytes(records));
        }
    }

    private static ImportOptions options() {
        return new ImportOptions(Policy.SKIP, 5_000, Format.ROR, SAMPLE_SOURCE, LocalDate.of(2026, 6, 23));
    }

    /** The edge a relationship row states, as the README's ROR mapping says. */
    private static String edge(CSVRecord row) {
        String from = suffix(row.get("from_ror_id"));
        String to = suffix(row.get("to_ror_id"));
        return switch (row.get("type")) {
            case "parent" -> "PART_OF " + from + " " + to;
            case "child" -> "PART_OF " + to + " " + from;
            case "successor" -> "SUCCEEDS " + to + " " + from;
            case "predecessor" -> "SUCCEEDS " + from + " " + to;
            case "related" -> "RELATED_TO " + (from.compareTo(to) < 0 ? from + " " + to : to + " " + from);
            default -> throw new IllegalStateException(row.get("type"));
        };
    }

    private static String suffix(String rorId) {
        return rorId.substring(rorId.lastIndexOf('/') + 1);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
