package org.innograph.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * {@code innograph import DIR [--format folder|ror] [--policy reject|skip] [--batch-size N] [--source TEXT]
 * [--as-of YYYY-MM-DD] [--transactional]}: runs a {@link BulkImport}, showing a progress bar (rows/s, ETA), then the summary
 * table and every bad row, and returns the exit status: 0 all rows imported, 1 bad rows were skipped and the
 * rest imported, 2 bad rows rejected the whole import, 64 a usage error, 70 the import failed. Into an embedded
 * database that holds nothing yet the rows are written as store files ({@link StoreFileImport}), unless
 * {@code --transactional} asks for batches of transactions as into any other.
 */
@Component
public class ImportCommand {

    public static final String NAME = "import";
    static final int OK = 0;
    static final int ROWS_SKIPPED = 1;
    static final int REJECTED = 2;
    static final int USAGE = 64;
    static final int FAILED = 70;
    /** ANSI: erase from the cursor to the end of the line. */
    private static final String CLEAR_LINE = "\u001b[K";
    static final String USAGE_TEXT = "usage: import DIR [--format folder|ror] [--policy reject|skip] [--batch-size N] "
            + "[--source TEXT] [--as-of YYYY-MM-DD] [--transactional]";

    private final BulkImport imports;
    private final IngestProperties settings;

    public ImportCommand(BulkImport imports, IngestProperties settings) {
        this.imports = imports;
        this.settings = settings;
    }

    /** Runs the command line (its first argument is {@code import}); returns the exit status. */
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Path folder = null;
        var policy = ImportOptions.Policy.REJECT;
        var format = ImportOptions.Format.FOLDER;
        int batchSize = settings.batchSize();
        String source = null;
        LocalDate asOf = null;
        boolean storeFiles = true;
        try {
            for (int i = 1; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                if (argument.startsWith("--") && argument.contains("=")) {
                    continue; // a Spring setting, e.g. --innograph.neo4j.uri=...
                }
                switch (argument) {
                    case "--policy" -> policy = choice(argument, value(arguments, ++i), ImportOptions.Policy.class);
                    case "--format" -> format = choice(argument, value(arguments, ++i), ImportOptions.Format.class);
                    case "--batch-size" -> batchSize = number(argument, value(arguments, ++i));
                    case "--source" -> source = value(arguments, ++i);
                    case "--as-of" -> asOf = date(argument, value(arguments, ++i));
                    case "--transactional" -> storeFiles = false;
                    default -> {
                        if (argument.startsWith("--") || folder != null) {
                            throw new IllegalArgumentException("unexpected argument " + argument);
                        }
                        folder = Path.of(argument);
                    }
                }
            }
            if (folder == null) {
                throw new IllegalArgumentException("no folder given");
            }
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("not a folder: " + folder);
            }
        }
        catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        ImportOptions options;
        try {
            options = new ImportOptions(policy, batchSize, format, source, asOf, storeFiles);
        }
        catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return USAGE;
        }
        return run(folder, options, out, err);
    }

    private int run(Path folder, ImportOptions options, PrintStream out, PrintStream err) {
        var progress = new ImportProgress();
        boolean console = System.console() != null;
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "import-progress");
            thread.setDaemon(true);
            return thread;
        });
        // On a terminal the bar is redrawn every second, over the line before (cleared, as a line may be shorter
        // than the one it replaces); into a file or a pipe, a line every ten seconds.
        long every = console ? 1 : 10;
        String redraw = console ? "\r" + CLEAR_LINE : "";
        ticker.scheduleAtFixedRate(() -> out.print(redraw + progress.line() + (console ? "" : "\n")),
                every, every, TimeUnit.SECONDS);
        out.printf("Importing %s (%s, policy %s, batches of %d)%n", folder, options.format().name().toLowerCase(Locale.ROOT),
                options.policy().name().toLowerCase(Locale.ROOT), options.batchSize());
        ImportReport report;
        try {
            report = imports.run(folder, options, progress);
        }
        catch (RuntimeException e) {
            err.println();
            err.println("Import failed: " + e.getMessage());
            return FAILED;
        }
        finally {
            ticker.shutdownNow();
        }
        out.println(redraw + progress.line());
        out.println();
        out.print(report.table());
        long rows = report.created() + report.updated() + report.unchanged();
        // Into transactions a row may change nothing: say so, rather than call it written.
        String how = report.storeFiles() ? "written as store files into the empty database "
                : "applied (%,d created, %,d updated, %,d unchanged) ".formatted(report.created(), report.updated(), report.unchanged());
        out.printf("%,d rows %sin %.1f s (%,.0f rows/s; %.1f s %s); %.1f s in all, of which "
                        + "%.1f s reading and checking, %.1f s deriving COOPERATES_WITH%n", rows,
                how, report.writeMillis() / 1000.0,
                report.writeMillis() > 0 ? rows * 1000.0 / report.writeMillis() : 0, report.writeCpuMillis() / 1000.0,
                report.storeFiles() ? "of CPU, all threads" : "on the writing thread's CPU",
                report.millis() / 1000.0, (report.millis() - report.writeMillis() - report.deriveMillis()) / 1000.0,
                report.deriveMillis() / 1000.0);
        if (!report.problems().isEmpty()) {
            err.printf("%n%,d bad rows%s:%n", report.problems().size(),
                    report.applied() ? " (skipped; the rest was imported)" : " (nothing was imported: policy reject)");
            report.problems().forEach(problem -> err.println("  " + problem));
        }
        if (report.problems().isEmpty()) {
            return OK;
        }
        return report.applied() ? ROWS_SKIPPED : REJECTED;
    }

    private static <E extends Enum<E>> E choice(String option, String value, Class<E> choices) {
        for (E choice : choices.getEnumConstants()) {
            if (choice.name().equalsIgnoreCase(value)) {
                return choice;
            }
        }
        throw new IllegalArgumentException("%s is one of %s, not '%s'".formatted(option,
                Arrays.stream(choices.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|")),
                value));
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("%s needs a whole number, not '%s'".formatted(option, value));
        }
    }

    private static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value);
        }
        catch (DateTimeParseException e) {
            throw new IllegalArgumentException("%s needs a date, YYYY-MM-DD, not '%s'".formatted(option, value));
        }
    }

    private static String value(List<String> arguments, int index) {
        if (index >= arguments.size()) {
            throw new IllegalArgumentException(arguments.get(index - 1) + " needs a value");
        }
        return arguments.get(index);
    }
}
