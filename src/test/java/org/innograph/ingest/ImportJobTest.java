package org.innograph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.innograph.IntegrationTest;
import org.innograph.graphql.ForbiddenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Imports over GraphQL: {@code startImport} starts a job, {@code importJob} polls its progress and report. */
class ImportJobTest extends IntegrationTest {

    private static final String JOB = """
            query job($id: ID!) {
              importJob(id: $id) {
                phase total written error
                report { applied created rejected parts { part rows created rejected } problems { file line column reason } }
              }
            }""";

    @Autowired
    Driver driver;

    private final String mark = "job" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeWhatWasImported() {
        try (var session = driver.session()) {
            session.run("MATCH (n:Entity) WHERE n.id CONTAINS $mark DETACH DELETE n", Map.of("mark", mark)).consume();
        }
    }

    @Test
    void anImportStartedOverGraphQlRunsAsAJobWhoseProgressAndReportCanBePolled() throws Exception {
        Path folder = Files.createDirectories(Path.of(IMPORT_JOBS_FOLDER, mark));
        Files.writeString(folder.resolve("field.csv"), "id,name\nfield:%1$s-a,A\nfield:%1$s-b,B\n,No id\n".formatted(mark),
                StandardCharsets.UTF_8);

        String id = graphQl.document("mutation($folder: String!) { startImport(folder: $folder, policy: SKIP, batchSize: 1) { id phase } }")
                .variable("folder", mark).execute().path("startImport.id").entity(String.class).get();

        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        String phase;
        do {
            Thread.sleep(100);
            phase = graphQl.document(JOB).variable("id", id).execute().path("importJob.phase").entity(String.class).get();
        } while (!phase.equals("DONE") && !phase.equals("FAILED") && System.nanoTime() < deadline);
        var job = graphQl.document(JOB).variable("id", id).execute();
        job.path("importJob.phase").entity(String.class).isEqualTo("DONE");
        job.path("importJob.written").entity(Long.class).isEqualTo(2L);
        job.path("importJob.report.applied").entity(Boolean.class).isEqualTo(true);
        job.path("importJob.report.created").entity(Long.class).isEqualTo(2L);
        job.path("importJob.report.parts[0].part").entity(String.class).isEqualTo("field.csv");
        job.path("importJob.report.parts[0].rejected").entity(Long.class).isEqualTo(1L);
        job.path("importJob.report.problems[0]").entity(Map.class)
                .isEqualTo(Map.of("file", "field.csv", "line", 4, "column", "id", "reason", "missing id"));
    }

    @Test
    void aFolderOutsideTheJobsFolderIsBadUserInput() {
        graphQl.document("mutation { startImport(folder: \"../..\") { id } }").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT").containsEntry("argument", "folder")));
    }

    @Test
    void anUnknownJobIsNotFound() {
        graphQl.document(JOB).variable("id", "no-such-job").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
    }

    @Test
    void withTheSettingOffStartImportIsForbidden() {
        var controller = new ImportController(null, new IngestProperties(10, false, IMPORT_JOBS_FOLDER));
        assertThatThrownBy(() -> controller.startImport("x", ImportOptions.Format.FOLDER, ImportOptions.Policy.REJECT, null))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("switched off");
    }
}
