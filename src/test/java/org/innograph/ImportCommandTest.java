package org.innograph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Arrays;
import java.util.function.IntSupplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.innograph.sample.ScaleNetwork;
import org.innograph.sample.ScaleSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar innograph.jar import DIR} as {@code main} runs it: an application of its own on the
 * embedded default (no web server), which imports, prints its summary and bad rows, and returns the exit
 * status; what it wrote is there for the service started on the same directory afterwards.
 */
class ImportCommandTest {

    @TempDir
    Path dataDirectory;

    @Test
    void importsIntoTheEmbeddedDatabaseAndItsExitStatusSaysWhetherRowsWereRejected() throws Exception {
        String[] settings = {"--innograph.neo4j.uri=", "--innograph.neo4j.embedded.data-directory=" + dataDirectory};
        // An empty database has no countries: the example's institutions name KE and CN, so they and every
        // edge that needs them are bad rows; the lab, the project and the lab running it are not.
        String[] reject = concat(new String[] {"import", "examples/import"}, settings);
        String[] skip = concat(reject, new String[] {"--policy", "skip"});

        Printed rejected = printed(() -> InnographApplication.importCommand(reject));
        assertThat(rejected.status()).isEqualTo(2);
        assertThat(rejected.err()).contains("institution.csv:2 [countryCode]: unknown country code KE");

        Printed skipped = printed(() -> InnographApplication.importCommand(skip));
        assertThat(skipped.status()).isEqualTo(1);
        assertThat(skipped.out()).containsPattern("total +14 +3 +0 +0 +11");

        Printed again = printed(() -> InnographApplication.importCommand(skip));
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.out()).containsPattern("total +14 +0 +0 +3 +11");

        try (var service = RunningService.start("innograph.neo4j.uri=", "innograph.neo4j.embedded.bolt-port=0",
                "innograph.neo4j.embedded.data-directory=" + dataDirectory, "innograph.sample.enabled=false")) {
            assertThat(service.nodeCounts()).containsEntry("JOINT_LAB", 1L).containsEntry("PROJECT", 1L)
                    .containsEntry("INSTITUTION", 0L);
        }
    }

    @Test
    void aFirstImportIsWrittenAsStoreFilesAndGivesTheGraphThatTransactionsGive(@TempDir Path work) throws Exception {
        Path folder = work.resolve("folder");
        ScaleSummary generated = ScaleNetwork.writeImportFolder(folder, "10k", 20261126L, "CN");
        // Rows that state again what another file states: one node as it is, one node (an empty list among its
        // changes) and one edge changed.
        List<CSVRecord> institutions = records(folder.resolve("institution.csv"));
        List<CSVRecord> located = records(folder.resolve("located_in.csv"));
        Files.write(folder.resolve("institution.jsonl"), List.of(
                "{\"id\": \"%s\", \"name\": \"%s\", \"source\": \"%s\", \"synthetic\": false}".formatted(
                        institutions.get(0).get("id"), institutions.get(0).get("name"), institutions.get(0).get("source")),
                "{\"id\": \"%s\", \"name\": \"%s\", \"city\": \"Elsewhere\", \"aliases\": [], \"source\": \"%s\"}".formatted(
                        institutions.get(1).get("id"), institutions.get(1).get("name"), institutions.get(1).get("source"))));
        Files.write(folder.resolve("located_in.jsonl"), List.of("{\"from\": \"%s\", \"to\": \"%s\", \"note\": \"stated twice\"}"
                .formatted(located.get(0).get("from"), located.get(0).get("to"))));
        Path storeFiles = work.resolve("store-files");
        Path transactions = work.resolve("transactions");

        Printed byStoreFiles = printed(() -> InnographApplication.importCommand(importInto(folder, storeFiles)));
        Printed byTransactions = printed(() -> InnographApplication.importCommand(
                concat(importInto(folder, transactions), new String[] {"--transactional"})));

        assertThat(byStoreFiles.status()).as(byStoreFiles.err()).isZero();
        assertThat(byTransactions.status()).as(byTransactions.err()).isZero();
        assertThat(byStoreFiles.out()).contains("as store files into the empty database");
        assertThat(byTransactions.out()).doesNotContain("as store files");
        int rows = generated.totalNodes() + generated.edges().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total(byStoreFiles.out())).isEqualTo(total(byTransactions.out()))
                .matches("total +%d +%d +2 +1 +0 +0".formatted(rows + 3, rows));
        StoredGraph written = StoredGraph.of(storeFiles);
        assertThat(written.nodes()).hasSize(generated.totalNodes());
        assertThat(written.relationships()).hasSize(generated.totalRelationships());
        assertThat(written.differencesFrom(StoredGraph.of(transactions))).isEmpty();

        Printed again = printed(() -> InnographApplication.importCommand(importInto(folder, storeFiles)));
        // The rows the other files change are changed back and then again, in the order of the files.
        assertThat(total(again.out())).matches("total +%d +0 +4 +%d +0 +0".formatted(rows + 3, rows - 1));
        assertThat(again.out()).doesNotContain("as store files");
    }

    /** The first two rows of a CSV file, read by Commons CSV rather than the importer. */
    private static List<CSVRecord> records(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream().limit(2).toList();
        }
    }

    private static String total(String printed) {
        return printed.lines().filter(line -> line.startsWith("total ")).findFirst().orElse("no total in " + printed).strip();
    }

    private static String[] importInto(Path folder, Path dataDirectory) {
        return new String[] {"import", folder.toString(), "--innograph.neo4j.uri=",
                "--innograph.neo4j.embedded.data-directory=" + dataDirectory};
    }

    private record Printed(int status, String out, String err) {
    }

    /** A run's exit status and what it printed to standard output and error. */
    private static Printed printed(IntSupplier run) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        var capturedOut = new ByteArrayOutputStream();
        var capturedErr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
        try {
            int status = run.getAsInt();
            return new Printed(status, capturedOut.toString(StandardCharsets.UTF_8), capturedErr.toString(StandardCharsets.UTF_8));
        }
        finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
