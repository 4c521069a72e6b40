package org.innograph.sample;

import java.util.Map;

import org.innograph.database.QueryRunner;
import org.innograph.ingest.BulkImport;
import org.innograph.ingest.ImportOptions;
import org.innograph.ingest.ImportProgress;
import org.innograph.ingest.ImportReport;
import org.innograph.sample.SampleNetworkStatus.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the sample network on first start: the real regions, countries and institutions, then the seeded
 * synthetic cooperation network over them. It runs as an application runner: the web server is already
 * up, so GraphQL and health answer at once, while Spring Boot declares the service ready (readiness
 * {@code ACCEPTING_TRAFFIC}) only once the runners, and so the load, have ended. Meanwhile readiness is
 * {@code REFUSING_TRAFFIC} and {@code sampleNetwork} in {@code /actuator/health} shows the progress. A
 * marker node records a completed load, so later starts on the same database skip it. The rows go through
 * the bulk import ({@link BulkImport}), so the sample is checked and written as any imported folder is, and
 * a load interrupted half-way and run again completes it, with no duplicates.
 */
@Component
@Order(0)
class SampleNetworkLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleNetworkLoader.class);
    static final String DATASET = "sample";
    /** Rows per transaction: the service's transactions stop at 30 s, and a busy machine is slow. */
    private static final int BATCH_SIZE = 2_000;

    private final SampleProperties settings;
    private final ScaleProperties scale;
    private final BulkImport imports;
    private final QueryRunner queries;
    private final SampleNetworkStatus status;

    SampleNetworkLoader(SampleProperties settings, ScaleProperties scale, BulkImport imports, QueryRunner queries,
            SampleNetworkStatus status) {
        this.settings = settings;
        this.scale = scale;
        this.imports = imports;
        this.queries = queries;
        this.status = status;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!settings.enabled()) {
            log.info("Sample network disabled (innograph.sample.enabled=false)");
            status.ended(State.DISABLED, null);
            return;
        }
        var loaded = queries.single("sample/loaded", Map.of("name", DATASET), r -> r.get("fingerprint").asString());
        if (loaded.isPresent()) {
            log.info("Sample network already loaded ({})", loaded.get());
            status.ended(State.ALREADY_LOADED, null);
            return;
        }
        try {
            load();
            status.ended(State.LOADED, null);
        }
        catch (RuntimeException e) {
            // The service still starts: an empty or partial network is better than none, and health says why.
            log.error("Loading the sample network failed", e);
            status.ended(State.FAILED, e.getMessage());
        }
    }

    private void load() {
        long started = System.nanoTime();
        var graph = new SampleGraph();
        RealData real = RealData.read(graph);
        String fingerprint = settings.toString();
        if (scale.scaled()) {
            // The generated network replaces the sample; its real part is taken from what was just read.
            var generated = ScaleNetwork.generate(real, graph, Scale.parse(scale.scale()), settings.seed(), settings.hubCountry());
            generated.summary().describe().forEach(line -> log.info("Scale network: {}", line));
            graph = generated.graph();
            fingerprint = "scale %s, seed %d, checksum %s".formatted(scale.scale(), settings.seed(), generated.summary().checksum());
        }
        else {
            SyntheticNetwork.generate(real, settings, graph);
        }
        log.info("Loading the sample network: {} nodes, {} edges", graph.nodes().size(), graph.edges().size());
        status.loading(graph.nodes().size() + graph.edges().size());
        // Through the bulk import: one write path, one validation, one progress report. Any bad row (a bug in
        // the generator or the bundled files) rejects the whole load, and health says which.
        ImportReport report = imports.run(DATASET, graph.nodes(), graph.edges(),
                new ImportOptions(ImportOptions.Policy.REJECT, BATCH_SIZE, ImportOptions.Format.FOLDER, null, null),
                new ImportProgress(rows -> status.written((int) rows)));
        if (!report.problems().isEmpty()) {
            throw new IllegalStateException("The sample network has %d bad rows, so none was written; the first: %s"
                    .formatted(report.problems().size(), report.problems().get(0)));
        }
        log.info("Sample network written:\n{}", report.table());
        queries.run("sample/mark-loaded", Map.of("name", DATASET, "fingerprint", fingerprint,
                "nodes", graph.nodes().size(), "edges", graph.edges().size()));
        log.info("Sample network loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
