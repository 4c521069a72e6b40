package org.innograph.ingest;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs imports started over GraphQL, one at a time on a thread of their own (two imports writing the same
 * ids at once would only slow each other down), and keeps each job's progress and report for polling while
 * the service runs.
 */
@Component
class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    /** A job's state, written by its thread and read by polls. */
    private static final class Running {
        final String id;
        final String folder;
        final ImportProgress progress = new ImportProgress();
        volatile ImportReport report;
        volatile String error;

        Running(String id, String folder) {
            this.id = id;
            this.folder = folder;
        }

        ImportJob view() {
            return new ImportJob(id, folder, progress.phase(), progress.total(), progress.written(), progress.rowsPerSecond(),
                    progress.etaSeconds(), report, error);
        }
    }

    private final BulkImport imports;
    private final Map<String, Running> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "import-jobs");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(BulkImport imports) {
        this.imports = imports;
    }

    ImportJob start(Path folder, String shownAs, ImportOptions options) {
        var job = new Running(UUID.randomUUID().toString(), shownAs);
        jobs.put(job.id, job);
        runner.execute(() -> {
            try {
                job.report = imports.run(folder, options, job.progress);
            }
            catch (RuntimeException e) {
                log.error("Import job {} of {} failed", job.id, folder, e);
                job.error = e.getMessage();
                job.progress.phase(ImportProgress.Phase.FAILED);
            }
        });
        return job.view();
    }

    Optional<ImportJob> find(String id) {
        return Optional.ofNullable(jobs.get(id)).map(Running::view);
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
