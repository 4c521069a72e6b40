package org.innograph.ingest;

import java.util.List;

/**
 * The outcome of an import: per part what was created, updated, left unchanged and rejected, and every bad
 * row with its reason. {@code applied} is false when the {@link ImportOptions.Policy#REJECT} policy wrote
 * nothing because of bad rows. {@code millis} is the whole import; {@code writeMillis} the batches alone, of
 * which the writing thread spent {@code writeCpuMillis} on a CPU (the rest it waited, for a core or the disk),
 * and {@code deriveMillis} the derived data ({@code COOPERATES_WITH}) brought up to date after them.
 * {@code storeFiles} says the rows were written as the store files of a database that replaced an empty one
 * ({@link StoreFileImport}), in which case {@code writeMillis} runs until that database has its schema and
 * {@code writeCpuMillis} is the CPU time of every thread of the process meanwhile (the importer's own threads).
 */
public record ImportReport(List<PartSummary> parts, List<Problem> problems, boolean applied, long millis, long writeMillis,
        long writeCpuMillis, long deriveMillis, boolean storeFiles) {

    public long created() {
        return parts.stream().mapToLong(PartSummary::created).sum();
    }

    public long updated() {
        return parts.stream().mapToLong(PartSummary::updated).sum();
    }

    public long unchanged() {
        return parts.stream().mapToLong(PartSummary::unchanged).sum();
    }

    public long rejected() {
        return parts.stream().mapToLong(PartSummary::rejected).sum();
    }

    /** The table printed at the end of an import. */
    public String table() {
        int width = Math.max(28, parts.stream().mapToInt(part -> part.part().length()).max().orElse(0) + 2);
        var table = new StringBuilder();
        String row = "%-" + width + "s %10s %10s %10s %10s %10s %10s%n";
        table.append(row.formatted("part", "rows", "created", "updated", "unchanged", "rejected", "merged"));
        for (PartSummary part : parts) {
            table.append(row.formatted(part.part(), part.rows(), part.created(), part.updated(), part.unchanged(),
                    part.rejected(), part.merged()));
        }
        table.append(row.formatted("total", parts.stream().mapToLong(PartSummary::rows).sum(), created(), updated(),
                unchanged(), rejected(), parts.stream().mapToLong(PartSummary::merged).sum()));
        return table.toString();
    }
}
