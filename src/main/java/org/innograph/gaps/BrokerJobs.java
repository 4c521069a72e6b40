package org.innograph.gaps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.innograph.database.QueryRunner;
import org.innograph.ingest.NetworkChanged;
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
        try (var projection = ParticipationProjection.of(queries, "brokers", job.asOf)) {
            long nodes = projection.nodes();
            job.relationships = projection.relationships() / 2; // a tie is one participation
            job.step();
            Centrality.Result all = centrality.of(projection.graph(), nodes, settings.exactBetweennessLimit(),
                    settings.betweennessSamples(), job::step);
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
    }

}
