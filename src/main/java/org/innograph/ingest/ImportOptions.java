package org.innograph.ingest;

import java.time.LocalDate;

/**
 * How a bulk import runs.
 *
 * @param policy what a bad row does to the rest: {@link Policy#REJECT} imports nothing, {@link Policy#SKIP} the rest
 * @param batchSize rows per transaction
 * @param format the layout of the folder
 * @param source provenance {@code source} for rows that name none (ROR: every row); null for the format's default
 * @param asOf provenance {@code asOf} for rows that name none; null for none
 * @param storeFiles whether an import into an embedded database that holds nothing yet may be written as store
 *     files, by Neo4j's batch importer, instead of in transactions ({@link StoreFileImport}); only for a caller
 *     alone on the database (the import command), as the database is swapped while nothing else runs
 */
public record ImportOptions(Policy policy, int batchSize, Format format, String source, LocalDate asOf, boolean storeFiles) {

    /** What a bad row does to the rest of the import. */
    public enum Policy {
        /** Any bad row rejects the whole import: nothing is written, every bad row is reported. */
        REJECT,
        /** Bad rows are reported and left out; the rest is written. */
        SKIP
    }

    /** The layout of an import folder. */
    public enum Format {
        /** Innograph's own: one CSV or JSON Lines file per node kind and per edge kind (README, "Bulk import"). */
        FOLDER,
        /** The Research Organization Registry's {@code institutions.csv} and {@code relationships.csv}. */
        ROR
    }

    /** Options of an import written in transactions, whatever the database holds. */
    public ImportOptions(Policy policy, int batchSize, Format format, String source, LocalDate asOf) {
        this(policy, batchSize, format, source, asOf, false);
    }

    public ImportOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
    }

    public static ImportOptions defaults(int batchSize) {
        return new ImportOptions(Policy.REJECT, batchSize, Format.FOLDER, null, null);
    }

    ImportOptions withPolicy(Policy other) {
        return new ImportOptions(other, batchSize, format, source, asOf, storeFiles);
    }
}
