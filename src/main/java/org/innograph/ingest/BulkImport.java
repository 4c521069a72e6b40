package org.innograph.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;
import org.innograph.ingest.GraphWriter.Outcomes;
import org.innograph.ingest.ImportProgress.Phase;
import org.innograph.ingest.Staging.StagedEdge;
import org.innograph.ingest.Staging.StagedNode;
import org.innograph.network.EdgeKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports a folder: reads and checks every row, checks that every edge's ends and every country code name a
 * node (of the import or of the database), applies the policy, and writes what is good through
 * {@link GraphWriter} in batches, one transaction each, counting what each row created, updated or left
 * unchanged. A bad row is always reported with its file, line, column and reason, never dropped silently.
 * Rows are written nodes first, then edges, so an import stopped half-way leaves whole batches, and the
 * same import run again completes it (its rows are upserts).
 */
@Component
public class BulkImport {

    private static final Logger log = LoggerFactory.getLogger(BulkImport.class);
    /** Ids asked of the database per look-up of missing ends. */
    private static final int LOOKUP_CHUNK = 10_000;

    private final GraphWriter writer;
    private final StoreFileImport storeFiles;
    /** For the CPU time of the writing thread: how much of the write phase was work, how much waiting. */
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final OperatingSystemMXBean process = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public BulkImport(GraphWriter writer, StoreFileImport storeFiles) {
        this.writer = writer;
        this.storeFiles = storeFiles;
    }

    /** Imports the folder; the report says what was written and what was not, and why. */
    public ImportReport run(Path folder, ImportOptions options, ImportProgress progress) {
        return run(folder, options, progress, 0);
    }

    /**
     * As {@link #run(Path, ImportOptions, ImportProgress)}; with {@code failAfterBatches} above 0 it throws once
     * that many batches have committed, as a killed import would stop (for the test of that).
     */
    ImportReport run(Path folder, ImportOptions options, ImportProgress progress, int failAfterBatches) {
        long started = System.nanoTime();
        if (!Files.isDirectory(folder)) {
            throw new IngestException("Not a folder: " + folder);
        }
        progress.phase(Phase.READING);
        Staging staging = options.format() == ImportOptions.Format.ROR
                ? new RorRegistry().read(folder, options) : new ImportFolder().read(folder, options);
        log.info("Read {} nodes and {} edges ({} rows rejected) from {} in {} ms", staging.nodes.size(), staging.edges.size(),
                staging.problems.size(), folder, (System.nanoTime() - started) / 1_000_000);
        return apply(folder.toString(), staging, options, progress, failAfterBatches, started);
    }

    /**
     * Imports rows made in memory (the sample network) through the same checks, batches, counts and progress
     * as a folder. Each kind is one part, {@code <name> <kind>}; a row stating a node or an edge that an earlier
     * row states replaces it and is counted as merged.
     */
    public ImportReport run(String name, List<NodeRow> nodes, List<EdgeRow> edges, ImportOptions options, ImportProgress progress) {
        long started = System.nanoTime();
        progress.phase(Phase.READING);
        var staging = new Staging();
        Map<String, Integer> nodeAt = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            NodeRow row = nodes.get(i);
            String part = name + " " + row.kind().label();
            staging.tally(part).rows++;
            var staged = StagedNode.checkingItsCountry(part, name, i + 1, row);
            Integer earlier = nodeAt.putIfAbsent(row.id(), staging.nodes.size());
            if (earlier == null) {
                staging.nodes.add(staged);
            }
            else {
                staging.nodes.set(earlier, staged);
                staging.tally(part).merged++;
            }
        }
        Map<EdgeRow.Key, Integer> edgeAt = new HashMap<>();
        for (int i = 0; i < edges.size(); i++) {
            EdgeRow row = edges.get(i);
            String part = name + " " + row.kind().name();
            staging.tally(part).rows++;
            var staged = new StagedEdge(part, name, i + 1, row);
            Integer earlier = edgeAt.putIfAbsent(row.key(), staging.edges.size());
            if (earlier == null) {
                staging.edges.add(staged);
            }
            else {
                staging.edges.set(earlier, staged);
                staging.tally(part).merged++;
            }
        }
        return apply(name, staging, options, progress, 0, started);
    }

    private ImportReport apply(String what, Staging staging, ImportOptions options, ImportProgress progress, int failAfterBatches,
            long started) {
        progress.phase(Phase.CHECKING);
        checkReferences(staging);
        boolean apply = staging.problems.isEmpty() || options.policy() == ImportOptions.Policy.SKIP;
        WriteTimes took = !apply ? WriteTimes.NONE
                : options.storeFiles() && storeFiles.possible() ? writeStoreFiles(staging, progress)
                : write(staging, options.batchSize(), progress, failAfterBatches);
        progress.phase(Phase.DONE);
        List<Problem> problems = new ArrayList<>(staging.problems);
        problems.sort(Comparator.comparing(Problem::file).thenComparingLong(Problem::line));
        var report = new ImportReport(staging.summaries(), problems, apply, (System.nanoTime() - started) / 1_000_000,
                took.writeMillis(), took.writeCpuMillis(), took.deriveMillis(), took.storeFiles());
        log.info("Import of {} {}: {} created, {} updated, {} unchanged, {} rejected in {} ms", what,
                apply ? "applied" : "rejected", report.created(), report.updated(), report.unchanged(), report.rejected(),
                report.millis());
        return report;
    }

    /** Rejects nodes whose country code names no country, then edges whose ends name no node. */
    private void checkReferences(Staging staging) {
        Set<String> imported = new HashSet<>();
        staging.nodes.forEach(node -> imported.add(node.row().id()));
        Set<String> wanted = new LinkedHashSet<>();
        staging.nodes.stream().filter(node -> node.countryCode() != null).map(node -> countryId(node.countryCode()))
                .filter(id -> !imported.contains(id)).forEach(wanted::add);
        staging.edges.forEach(edge -> {
            if (!imported.contains(edge.row().from())) {
                wanted.add(edge.row().from());
            }
            if (!imported.contains(edge.row().to())) {
                wanted.add(edge.row().to());
            }
        });
        Set<String> missing = new HashSet<>();
        List<String> ids = new ArrayList<>(wanted);
        for (int start = 0; start < ids.size(); start += LOOKUP_CHUNK) {
            missing.addAll(writer.missingIds(ids.subList(start, Math.min(ids.size(), start + LOOKUP_CHUNK))));
        }
        List<StagedNode> goodNodes = new ArrayList<>();
        for (StagedNode node : staging.nodes) {
            if (node.countryCode() != null && missing.contains(countryId(node.countryCode()))
                    && !imported.contains(countryId(node.countryCode()))) {
                staging.reject(node.part(), new Problem(node.file(), node.line(), "countryCode",
                        "unknown country code " + node.countryCode()));
                imported.remove(node.row().id());
                if (!missing.contains(node.row().id())) {
                    // Not in the import any more; whether the database has it decides its edges.
                    missing.addAll(writer.missingIds(List.of(node.row().id())));
                }
            }
            else {
                goodNodes.add(node);
            }
        }
        staging.nodes.clear();
        staging.nodes.addAll(goodNodes);
        List<StagedEdge> goodEdges = new ArrayList<>();
        for (StagedEdge edge : staging.edges) {
            String absent = !imported.contains(edge.row().from()) && missing.contains(edge.row().from()) ? "from"
                    : !imported.contains(edge.row().to()) && missing.contains(edge.row().to()) ? "to" : null;
            if (absent == null) {
                goodEdges.add(edge);
                continue;
            }
            String id = absent.equals("from") ? edge.row().from() : edge.row().to();
            staging.reject(edge.part(), new Problem(edge.file(), edge.line(), absent, reasonForMissing(id)));
        }
        staging.edges.clear();
        staging.edges.addAll(goodEdges);
    }

    private static String reasonForMissing(String id) {
        return id.startsWith("country:")
                ? "unknown country code " + id.substring("country:".length())
                : "no node %s in the import (or its row was rejected) nor in the database".formatted(id);
    }

    private static String countryId(String code) {
        return "country:" + code;
    }

    /** How long the batches took, how much of it this thread was on a CPU, and how long the derived data took. */
    private record WriteTimes(long writeMillis, long writeCpuMillis, long deriveMillis, boolean storeFiles) {

        static final WriteTimes NONE = new WriteTimes(0, 0, 0, false);
    }

    /** Writes the staged rows, then brings the derived data up to date; says how long each took. */
    private WriteTimes write(Staging staging, int batchSize, ImportProgress progress, int failAfterBatches) {
        long started = System.nanoTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        progress.writing(staging.nodes.size() + staging.edges.size());
        int[] batches = {0};
        boolean[] nodesChanged = {false};
        // Ids this import created: an edge with such an end cannot exist yet (unless another row stated it), so it
        // is created without a look-up.
        Set<String> created = new HashSet<>();
        Map<String, List<StagedNode>> nodeParts = new LinkedHashMap<>();
        staging.nodes.forEach(node -> nodeParts.computeIfAbsent(node.part() + "\u0000" + node.row().kind(), p -> new ArrayList<>()).add(node));
        for (List<StagedNode> part : nodeParts.values()) {
            for (int start = 0; start < part.size(); start += batchSize) {
                List<StagedNode> batch = part.subList(start, Math.min(part.size(), start + batchSize));
                long batchStarted = System.nanoTime();
                Outcomes outcomes = writer.inTransaction(() -> writer.upsertNodes(batch.get(0).row().kind(),
                        batch.stream().map(StagedNode::row).toList(), created::add));
                log.debug("{}: {} rows in {} ms: {}", batch.get(0).part(), batch.size(), (System.nanoTime() - batchStarted) / 1_000_000, outcomes);
                count(staging.tally(batch.get(0).part()), outcomes);
                nodesChanged[0] |= outcomes.created() + outcomes.updated() > 0;
                committed(progress, batch.size(), ++batches[0], failAfterBatches);
            }
        }
        // An edge that more than one row states (in two files) may exist by the time its second row is written.
        Set<EdgeRow.Key> stated = new HashSet<>();
        Set<EdgeRow.Key> restated = new HashSet<>();
        staging.edges.forEach(edge -> {
            if (!stated.add(edge.row().key())) {
                restated.add(edge.row().key());
            }
        });
        Set<EdgeKind> changed = EnumSet.noneOf(EdgeKind.class);
        Map<String, List<StagedEdge>> edgeParts = new LinkedHashMap<>();
        staging.edges.forEach(edge -> edgeParts.computeIfAbsent(edge.part() + "\u0000" + edge.row().kind(), p -> new ArrayList<>()).add(edge));
        long writeMillis;
        long writeCpuMillis;
        long deriveMillis;
        try {
            for (List<StagedEdge> part : edgeParts.values()) {
                EdgeKind kind = part.get(0).row().kind();
                for (int start = 0; start < part.size(); start += batchSize) {
                    List<StagedEdge> batch = part.subList(start, Math.min(part.size(), start + batchSize));
                    long batchStarted = System.nanoTime();
                    Outcomes outcomes = writer.inTransaction(() -> writer.upsertEdges(kind, batch.stream().map(StagedEdge::row).toList(),
                            row -> (created.contains(row.from()) || created.contains(row.to())) && !restated.contains(row.key())));
                    log.debug("{}: {} rows in {} ms: {}", batch.get(0).part(), batch.size(), (System.nanoTime() - batchStarted) / 1_000_000, outcomes);
                    count(staging.tally(batch.get(0).part()), outcomes);
                    if (outcomes.created() + outcomes.updated() > 0) {
                        changed.add(kind);
                    }
                    if (outcomes.missing() > 0) {
                        vanished(staging, batch);
                    }
                    committed(progress, batch.size(), ++batches[0], failAfterBatches);
                }
            }
        }
        finally {
            // Derived data follows what did commit, even when a later batch failed.
            long derivingFrom = System.nanoTime();
            writeMillis = (derivingFrom - started) / 1_000_000;
            writeCpuMillis = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
            progress.phase(Phase.DERIVING);
            if (nodesChanged[0] || !changed.isEmpty()) {
                writer.announce(changed);
            }
            deriveMillis = (System.nanoTime() - derivingFrom) / 1_000_000;
        }
        return new WriteTimes(writeMillis, writeCpuMillis, deriveMillis, false);
    }

    /**
     * Writes the staged rows, and the edges derived from them, as the store files of a database that replaces
     * the empty one ({@link StoreFileImport}).
     */
    private WriteTimes writeStoreFiles(Staging staging, ImportProgress progress) {
        // The batch importer writes on threads of its own: the CPU time of the whole process tells its work.
        long cpuStarted = process.getProcessCpuTime();
        long rows = staging.nodes.size() + staging.edges.size();
        progress.writing(rows);
        // The bar follows the importer's own stages (reading the rows is the least of its work).
        AtomicLong shown = new AtomicLong();
        StoreFileImport.Took took = storeFiles.write(staging, percent -> {
            long done = rows * percent / 100;
            progress.written(done - shown.getAndSet(done));
        });
        long writeCpuMillis = (process.getProcessCpuTime() - cpuStarted) / 1_000_000;
        progress.phase(Phase.DERIVING);
        Set<EdgeKind> written = EnumSet.noneOf(EdgeKind.class);
        staging.edges.forEach(edge -> written.add(edge.row().kind()));
        writer.announce(written);
        log.info("Wrote {} nodes, {} edges and {} derived edges (derived in {} ms) as store files in {} ms", staging.nodes.size(),
                staging.edges.size(), took.derivedEdges(), took.deriveMillis(), took.writeMillis());
        return new WriteTimes(took.writeMillis() - took.deriveMillis(), writeCpuMillis, took.deriveMillis(), true);
    }

    /** Ends deleted between the check and the write: the rows are reported, not lost. */
    private void vanished(Staging staging, List<StagedEdge> batch) {
        Set<String> gone = new HashSet<>(writer.missingIds(batch.stream()
                .flatMap(edge -> Stream.of(edge.row().from(), edge.row().to())).distinct().toList()));
        for (StagedEdge edge : batch) {
            if (gone.contains(edge.row().from()) || gone.contains(edge.row().to())) {
                String column = gone.contains(edge.row().from()) ? "from" : "to";
                staging.reject(edge.part(), new Problem(edge.file(), edge.line(), column,
                        reasonForMissing(column.equals("from") ? edge.row().from() : edge.row().to()) + " (deleted while importing)"));
            }
        }
    }

    private static void count(Staging.Tally tally, Outcomes outcomes) {
        tally.created += outcomes.created();
        tally.updated += outcomes.updated();
        tally.unchanged += outcomes.unchanged();
    }

    private static void committed(ImportProgress progress, int rows, int batches, int failAfterBatches) {
        progress.written(rows);
        if (failAfterBatches > 0 && batches == failAfterBatches) {
            throw new IngestException("Import stopped after batch %d (test hook)".formatted(batches));
        }
    }
}
