package org.innograph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.innograph.IntegrationTest;
import org.innograph.ingest.ImportOptions.Format;
import org.innograph.ingest.ImportOptions.Policy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Bulk import of a folder: what it writes, what it reports, and that it can be run again. Each test writes
 * its own folder with ids of its own (marked with {@link #mark}) and removes what it imported.
 */
class BulkImportTest extends IntegrationTest {

    @Autowired
    BulkImport imports;

    @Autowired
    ImportCommand command;

    @Autowired
    Driver driver;

    @TempDir
    Path folder;

    private final String mark = "imp" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeWhatWasImported() {
        try (var session = driver.session()) {
            session.run("MATCH (n:Entity) WHERE n.id CONTAINS $mark OR n.id ENDS WITH ':example-uon' OR n.id ENDS WITH ':example-bit' "
                    + "OR n.id ENDS WITH ':example-solar' OR n.id ENDS WITH ':example-minigrid' DETACH DELETE n", Map.of("mark", mark)).consume();
        }
    }

    @Test
    void theExampleFolderImportsEveryRowAndTheSameFolderAgainChangesNothing() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples/import"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        ImportReport first = imports.run(folder, options(Policy.REJECT, 1000), new ImportProgress());
        assertThat(first.problems()).isEmpty();
        assertThat(first.applied()).isTrue();
        assertThat(List.of(first.created(), first.updated(), first.unchanged())).containsExactly(14L, 0L, 0L);
        assertThat(first.parts()).extracting(PartSummary::part, PartSummary::created).contains(
                tuple("institution.csv", 2L), tuple("joint_lab.jsonl", 1L), tuple("partner_of.csv", 2L), tuple("located_in.csv", 3L));

        ImportReport second = imports.run(folder, options(Policy.REJECT, 1000), new ImportProgress());
        assertThat(List.of(second.created(), second.updated(), second.unchanged(), second.rejected())).containsExactly(0L, 0L, 14L, 0L);

        try (var session = driver.session()) {
            var lab = session.run("MATCH (l:JointLab:Entity {id: 'lab:example-solar'}) RETURN l").single().get("l").asNode();
            assertThat(lab.get("since").asLocalDate()).isEqualTo(LocalDate.of(2021, 3, 1));
            assertThat(lab.get("aliases").asList()).containsExactly("EJLSG");
            assertThat(lab.get("kind").asString()).isEqualTo("JOINT_LAB");
            assertThat(lab.get("source").asString()).isEqualTo("import: joint_lab.jsonl");
            var uon = session.run("MATCH (i:Institution {id: 'ror:example-uon'})-[p:PARTNER_OF]->(:JointLab) RETURN i, p").single();
            assertThat(uon.get("i").asNode().get("lat").asDouble()).isEqualTo(-1.28333);
            assertThat(uon.get("i").asNode().get("aliases").asList()).containsExactly("UoN-X", "Chuo Kikuu cha Mfano");
            assertThat(uon.get("p").asRelationship().get("role").asString()).isEqualTo("partner");
            assertThat(uon.get("p").asRelationship().get("until").isNull()).isTrue();
        }
    }

    @Test
    void anUpdatedFileUpdatesOnlyTheRowsThatChanged() throws IOException {
        write("field.csv", "id,name,since", field("a") + ",Alpha,2020-01-01", field("b") + ",Beta,", field("c") + ",Gamma,");
        imports.run(folder, options(Policy.REJECT, 2), new ImportProgress());
        write("field.csv", "id,name,since", field("a") + ",Alpha,2020-01-01", field("b") + ",Beta renamed,", field("c") + ",Gamma,",
                field("d") + ",Delta,");

        ImportReport report = imports.run(folder, options(Policy.REJECT, 2), new ImportProgress());

        assertThat(List.of(report.created(), report.updated(), report.unchanged())).containsExactly(1L, 1L, 2L);
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (f:Field {id: $id}) RETURN f.name AS name, f.sortKey AS key", Map.of("id", field("b")))
                    .single().get("key").asString()).startsWith("beta renamed");
        }
    }

    @Test
    void whatAnImportWroteIsFoundBySearchTheMomentItReturns() throws IOException {
        // The full-text indexes are updated after each commit (V005); the import waits for them before it returns.
        String word = mark + "zq";
        write("field.csv", "id,name,aliases", field("a") + ",Field " + word + " one,", field("b") + ",Other,");
        imports.run(folder, options(Policy.REJECT, 1), new ImportProgress());
        assertThat(searchIds(word)).containsExactly(field("a"));

        write("field.csv", "id,name,aliases", field("a") + ",Renamed,", field("b") + ",Other,Field " + word + " two");
        imports.run(folder, options(Policy.REJECT, 1), new ImportProgress());

        assertThat(searchIds(word)).containsExactly(field("b"));
    }

    private List<String> searchIds(String text) {
        return graphQl.documentName("search").variable("text", text).execute()
                .path("search.edges[*].node.id").entityList(String.class).get();
    }

    @Test
    void withSkipEveryBadRowIsReportedByFileLineAndColumnAndTheRestIsImported() throws IOException {
        plantBadRows();

        ImportReport report = imports.run(folder, options(Policy.SKIP, 1000), new ImportProgress());

        assertThat(report.applied()).isTrue();
        assertThat(report.problems()).extracting(Problem::file, Problem::line, Problem::column).containsExactly(
                tuple("institution.csv", 3L, "id"),
                tuple("institution.csv", 4L, "id"),
                tuple("institution.csv", 5L, "countryCode"),
                tuple("institution.csv", 6L, "since"),
                tuple("institution.csv", 7L, "until"),
                tuple("institution.csv", 8L, "id"),
                tuple("institution.csv", 9L, ""),
                tuple("institution.csv", 10L, ""),
                tuple("located_in.csv", 3L, "to"),
                tuple("located_in.csv", 4L, "from"),
                tuple("widget.csv", 2L, ""));
        assertThat(report.problems()).extracting(Problem::reason).satisfiesExactly(
                reason -> assertThat(reason).isEqualTo("missing id"),
                reason -> assertThat(reason).startsWith("unknown kind"),
                reason -> assertThat(reason).isEqualTo("unknown country code QQ"),
                reason -> assertThat(reason).startsWith("unparsable date '2020-13-45'"),
                reason -> assertThat(reason).isEqualTo("since 2021-01-01 is after until 2020-01-01"),
                reason -> assertThat(reason).startsWith("duplicate id " + institution("ok")),
                reason -> assertThat(reason).isEqualTo("wrong column count: 6, the header has 5"),
                reason -> assertThat(reason).startsWith("line 10 is not valid UTF-8"),
                reason -> assertThat(reason).startsWith("no node lab:" + mark + "-nowhere"),
                reason -> assertThat(reason).startsWith("no node " + institution("d")),
                reason -> assertThat(reason).startsWith("unknown kind 'widget'"));
        assertThat(List.of(report.created(), report.rejected())).containsExactly(2L, 11L);
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (:Institution {id: $id})-[:LOCATED_IN]->(c:Country) RETURN c.id AS c",
                    Map.of("id", institution("ok"))).single().get("c").asString()).isEqualTo("country:KE");
            assertThat(session.run("MATCH (n:Entity) WHERE n.id CONTAINS $mark RETURN count(n) AS n", Map.of("mark", mark))
                    .single().get("n").asLong()).isEqualTo(1);
        }
    }

    @Test
    void withRejectOneBadRowImportsNothingAndEveryBadRowIsStillReported() throws IOException {
        plantBadRows();

        ImportReport report = imports.run(folder, options(Policy.REJECT, 1000), new ImportProgress());

        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).hasSize(11);
        assertThat(List.of(report.created(), report.updated(), report.rejected())).containsExactly(0L, 0L, 11L);
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (n:Entity) WHERE n.id CONTAINS $mark RETURN count(n) AS n", Map.of("mark", mark))
                    .single().get("n").asLong()).isZero();
        }
    }

    @Test
    void anImportStoppedBetweenBatchesLeavesWholeBatchesAndARerunEndsAsAnUninterruptedImport() throws IOException {
        var fields = new ArrayList<String>(List.of("id,name"));
        var runs = new ArrayList<String>(List.of("from,to"));
        for (int i = 0; i < 10; i++) {
            fields.add(field("f" + i) + ",Field " + i);
        }
        for (int i = 0; i < 5; i++) {
            runs.add("lab:" + mark + "-lab," + field("f" + i));
        }
        write("field.csv", fields.toArray(String[]::new));
        write("joint_lab.csv", "id,name", "lab:" + mark + "-lab,Lab");
        write("in_field.csv", runs.toArray(String[]::new));

        // field.csv is written in batches of 3 first: the third batch commits and the import stops.
        assertThatThrownBy(() -> imports.run(folder, options(Policy.REJECT, 3), new ImportProgress(), 3))
                .isInstanceOf(IngestException.class);
        assertThat(countMarked()).containsExactly(9L, 0L);

        ImportReport rerun = imports.run(folder, options(Policy.REJECT, 3), new ImportProgress());

        assertThat(List.of(rerun.created(), rerun.updated(), rerun.unchanged())).containsExactly(1L + 1 + 5, 0L, 9L);
        assertThat(countMarked()).containsExactly(11L, 5L);
        ImportReport again = imports.run(folder, options(Policy.REJECT, 3), new ImportProgress());
        assertThat(List.of(again.created(), again.updated(), again.unchanged())).containsExactly(0L, 0L, 16L);
    }

    @Test
    void anEdgeThatTwoFilesStateBetweenNewNodesIsOneEdgeWhichTheLaterRowUpdates() throws IOException {
        write("field.csv", "id,name", field("a") + ",Alpha", field("b") + ",Beta");
        write("related_to.csv", "from,to,note", field("a") + "," + field("b") + ",first");
        write("related_to.jsonl", "{\"from\": \"%s\", \"to\": \"%s\", \"note\": \"second\"}".formatted(field("a"), field("b")));

        ImportReport report = imports.run(folder, options(Policy.REJECT, 1000), new ImportProgress());

        assertThat(report.problems()).isEmpty();
        assertThat(List.of(report.created(), report.updated(), report.unchanged())).containsExactly(3L, 1L, 0L);
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (:Field {id: $a})-[r:RELATED_TO]->(:Field {id: $b}) RETURN r.note AS note",
                    Map.of("a", field("a"), "b", field("b"))).list(row -> row.get("note").asString())).containsExactly("second");
        }
    }

    @Test
    void theCommandPrintsProgressAndTheSummaryAndItsExitStatusSaysWhetherRowsWereRejected() throws IOException {
        write("field.csv", "id,name", field("x") + ",Xi");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        assertThat(command.run(List.of("import", folder.toString()), print(out), print(err))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("field.csv", "created", "unchanged", "rows/s",
                "applied (1 created, 0 updated, 0 unchanged)");
        out.reset();
        assertThat(command.run(List.of("import", folder.toString()), print(out), print(err))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).as("a row that changes nothing is not called written")
                .contains("applied (0 created, 0 updated, 1 unchanged)");

        write("field.csv", "id,name", field("x") + ",Xi", "," + "No id");
        assertThat(command.run(List.of("import", folder.toString()), print(out), print(err))).isEqualTo(2);
        assertThat(command.run(List.of("import", folder.toString(), "--policy", "skip", "--batch-size", "10"), print(out), print(err)))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("field.csv:3 [id]: missing id");
        assertThat(command.run(List.of("import"), print(out), print(err))).isEqualTo(64);
        assertThat(command.run(List.of("import", folder.toString(), "--policy", "maybe"), print(out), print(err))).isEqualTo(64);
    }

    @Test
    void aUsageErrorSaysWhichArgumentAndWhatItTakesWithoutImportingAnything() {
        var out = new ByteArrayOutputStream();
        Map<List<String>, String> said = new java.util.LinkedHashMap<>();
        for (List<String> arguments : List.of(
                List.of("import", folder.toString(), "--policy", "maybe"),
                List.of("import", folder.toString(), "--format", "xml"),
                List.of("import", folder.toString(), "--batch-size", "ten"),
                List.of("import", folder.toString(), "--as-of", "01/02/2020"),
                List.of("import", folder.resolve("missing").toString()))) {
            var err = new ByteArrayOutputStream();
            assertThat(command.run(arguments, print(out), print(err))).as(arguments.toString()).isEqualTo(64);
            said.put(arguments, err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse(""));
        }
        assertThat(said.values()).containsExactly(
                "--policy is one of reject|skip, not 'maybe'",
                "--format is one of folder|ror, not 'xml'",
                "--batch-size needs a whole number, not 'ten'",
                "--as-of needs a date, YYYY-MM-DD, not '01/02/2020'",
                "not a folder: " + folder.resolve("missing"));
        assertThat(out.toString(StandardCharsets.UTF_8)).as("nothing started").isEmpty();
    }

    private void plantBadRows() throws IOException {
        write("institution.csv",
                "id,name,countryCode,since,until",
                institution("ok") + ",Good,KE,,",
                ",No id,KE,,",
                "foo:" + mark + "-x,Bad kind,KE,,",
                institution("c") + ",Bad country,QQ,,",
                institution("d") + ",Bad date,KE,2020-13-45,",
                institution("s") + ",Backwards,KE,2021-01-01,2020-01-01",
                institution("ok") + ",Again,KE,,",
                institution("w") + ",Too,many,KE,,");
        byte[] badUtf8 = (institution("u") + ",Bad \u00ff bytes,KE,,\n").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(folder.resolve("institution.csv"), badUtf8, java.nio.file.StandardOpenOption.APPEND);
        write("located_in.csv", "from,to", institution("ok") + ",country:KE", institution("ok") + ",lab:" + mark + "-nowhere",
                institution("d") + ",country:KE");
        write("widget.csv", "id,name", "x:1,y");
    }

    private List<Long> countMarked() {
        try (var session = driver.session()) {
            var row = session.run("MATCH (n:Entity) WHERE n.id CONTAINS $mark "
                    + "RETURN count(n) AS nodes, COUNT { MATCH (m:Entity)-[:IN_FIELD]->() WHERE m.id CONTAINS $mark } AS edges",
                    Map.of("mark", mark)).single();
            return List.of(row.get("nodes").asLong(), row.get("edges").asLong());
        }
    }

    private ImportOptions options(Policy policy, int batchSize) {
        return new ImportOptions(policy, batchSize, Format.FOLDER, null, null);
    }

    private String institution(String key) {
        return "ror:" + mark + "-" + key;
    }

    private String field(String key) {
        return "field:" + mark + "-" + key;
    }

    private void write(String file, String... lines) throws IOException {
        Files.writeString(folder.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
