package org.innograph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.innograph.graphql.ForbiddenException;
import org.innograph.graphql.InvalidArgumentException;
import org.innograph.graphql.NotFoundException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code startImport} and {@code importJob}. There are no users or roles yet, so a setting stands in for the
 * admin: the mutation is refused unless {@code innograph.ingest.jobs-enabled} is true, and reads only folders
 * inside {@code innograph.ingest.jobs-folder}.
 */
@Controller
class ImportController {

    private final ImportJobs jobs;
    private final IngestProperties settings;

    ImportController(ImportJobs jobs, IngestProperties settings) {
        this.jobs = jobs;
        this.settings = settings;
    }

    @MutationMapping
    ImportJob startImport(@Argument String folder, @Argument ImportOptions.Format format, @Argument ImportOptions.Policy policy,
            @Argument Integer batchSize) {
        if (!settings.jobsEnabled()) {
            throw new ForbiddenException("Imports over GraphQL are switched off", "innograph.ingest.jobs-enabled");
        }
        if (settings.jobsFolder().isBlank()) {
            throw new ForbiddenException("No folder may be imported over GraphQL: innograph.ingest.jobs-folder is not set",
                    "innograph.ingest.jobs-folder");
        }
        Path root = Path.of(settings.jobsFolder()).toAbsolutePath().normalize();
        Path resolved = root.resolve(folder).normalize();
        if (!resolved.startsWith(root) || !Files.isDirectory(resolved)) {
            throw new InvalidArgumentException("folder", "No folder '%s' inside the jobs folder".formatted(folder));
        }
        int size = batchSize == null ? settings.batchSize() : batchSize;
        if (size < 1 || size > 100_000) {
            throw new InvalidArgumentException("batchSize", "batchSize must be 1 to 100000, not " + size);
        }
        return jobs.start(resolved, folder, new ImportOptions(policy, size, format, null, null));
    }

    @QueryMapping
    ImportJob importJob(@Argument String id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException(id, "No import job with id '" + id + "'"));
    }

    @SchemaMapping(typeName = "ImportReport")
    List<Problem> problems(ImportReport report, @Argument int first) {
        return report.problems().subList(0, Math.max(0, Math.min(first, report.problems().size())));
    }
}
