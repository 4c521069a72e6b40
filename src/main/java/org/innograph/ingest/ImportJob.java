package org.innograph.ingest;

/**
 * An import job as {@code importJob} answers it: where it is, and its report once it has ended.
 */
public record ImportJob(String id, String folder, ImportProgress.Phase phase, long total, long written, double rowsPerSecond,
        long etaSeconds, ImportReport report, String error) {
}
