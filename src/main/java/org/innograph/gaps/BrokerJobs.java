package org.innograph.gaps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.innograph.database.QueryRunner;
import org.innograph.ingest.NetworkChanged;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brokers analyses as jobs: the first request for a date queues one ({@link AnalysisQueue}) and answers its
 * progress; later requests poll it and, once it is done, read its answer from the cache, which holds until a
 * write changes the network ({@link NetworkChanged}). So a request never waits for an algorithm to run. Each
 * job projects the participation graph under a name of its own, scores it ({@link Centrality}) and drops it.
 */
@Component
class BrokerJobs {

    private static final Logger log = LoggerFactory.getLogger(BrokerJobs.class);
    /** Projection, degree, betweenness, PageRank. */
    private static final int STEPS = 4;
    private static final List<Kind> THINGS = List.of(Kind.JOINT_LAB, Kind.PROJECT, Kind.INDUSTRIAL_PARK, Kind.DEMO_CENTER,
            Kind.TRANSFER_CENTER);

    /** One analysis: of the network at a date (null: now). */
    static final class Job extends AnalysisJob<Centrality.Result> {
        final LocalDate asOf;
        volatile long relationships;

        Job(LocalDate asOf) {
            super(STEPS);
            this.asOf = asOf;
        }
    }

    private final QueryRunner queries;
    private final Centrality centrality;
    private final GapsProperties settings;
    /** The analyses by date (the empty date: now), until the network changes. */
    private final AnalysisQueue.Analyses<Optional<LocalDate>, Job> analyses;

    BrokerJobs(QueryRunner queries, Centrality centrality, GapsProperties settings, AnalysisQueue queue) {
        this.queries = queries;
        this.analyses = queue.kind(date -> new Job(date.orElse(null)), this::run);
        this.centrality = centrality;
        this.settings = settings;
    }

    /** The analysis of the network at {@code asOf}: started now if there is none, else as far as it got. */
    Job brokers(LocalDate asOf) {
        return analyses.of(Optional.ofNullable(asOf));
    }

    private void run(Job job) {
        String graph = "innograph-brokers-" + UUID.randomUUID();
        try {
            var params = new java.util.HashMap<String, Object>();
            params.put("graph", graph);
            params.put("participation", EdgeKind.PARTICIPATION);
            params.put("kinds", THINGS);
            params.put("asOf", job.asOf);
            var projected = queries.single("gaps/project-participation", params, row -> row).orElseThrow();
            long nodes = projected.get("nodes").asLong();
            // GDS counts an undirected relationship once from each end; a tie is one participation.
            job.relationships = projected.get("relationships").asLong() / 2;
            job.step();
            Centrality.Result all = centrality.of(graph, nodes, settings.exactBetweennessLimit(), settings.betweennessSamples(),
                    job::step);
            List<Centrality.Scores> institutions = all.scores().stream().filter(scores -> scores.id().startsWith("ror:"))
                    .sorted(Comparator.comparingDouble(Centrality.Scores::betweenness).reversed()
                            .thenComparing(Centrality.Scores::id))
                    .limit(settings.brokersKept()).toList();
            job.result = new Centrality.Result(institutions, all.nodes(), all.exact(), all.samples(), all.errorBound());
            log.info("Brokers analysis (asOf {}) of {} nodes and {} ties done in {} ms", job.asOf, nodes, job.relationships,
                    Instant.now().toEpochMilli() - job.started.toEpochMilli());
        }
        catch (RuntimeException e) {
            log.error("Brokers analysis (asOf {}) failed", job.asOf, e);
            job.fail(e);
        }
        finally {
            try {
                queries.run("gaps/drop-graph", Map.of("graph", graph));
            }
            catch (RuntimeException e) {
                log.warn("Could not drop the projected graph {}: {}", graph, e.getMessage());
            }
        }
    }

}
