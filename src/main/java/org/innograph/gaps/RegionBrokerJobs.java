package org.innograph.gaps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innograph.database.QueryRunner;
import org.innograph.ingest.NetworkChanged;
import org.innograph.network.EdgeKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brokers between two regions as jobs, like {@link BrokerJobs}: the first request for two regions and a date
 * queues one ({@link AnalysisQueue}) and answers its progress; later requests poll it, and its answer is cached
 * until the network changes ({@link NetworkChanged}). A job reads the participation graph and the two regions'
 * institutions (three queries) and runs {@link RegionBrokerSearch} on them in the JVM: removing an actor and
 * searching again is not an algorithm Graph Data Science has.
 */
@Component
class RegionBrokerJobs {

    private static final Logger log = LoggerFactory.getLogger(RegionBrokerJobs.class);
    /** The sample of sources is drawn with this seed, so that the same network always gives the same answer. */
    static final long SEED = 42;

    /** What a job is asked: two regions and a date (null: now). */
    record Key(String from, String to, LocalDate asOf) {
    }

    /** One analysis: of two regions at a date (null: now). */
    static final class Job extends AnalysisJob<RegionBrokerSearch.Result> {
        final Key key;
        volatile int institutionsFrom;
        volatile int institutionsTo;

        Job(Key key) {
            super(1);
            this.key = key;
        }
    }

    private final QueryRunner queries;
    private final GapsProperties settings;
    /** The analyses by regions and date, until the network changes. */
    private final AnalysisQueue.Analyses<Key, Job> analyses;

    RegionBrokerJobs(QueryRunner queries, GapsProperties settings, AnalysisQueue queue) {
        this.queries = queries;
        this.analyses = queue.kind(Job::new, this::run);
        this.settings = settings;
    }

    /** The analysis of these two regions at {@code asOf}: started now if there is none, else as far as it got. */
    Job between(String from, String to, LocalDate asOf) {
        return analyses.of(new Key(from, to, asOf));
    }

    private void run(Job job) {
        try {
            var params = new HashMap<String, Object>();
            params.put("participation", EdgeKind.PARTICIPATION);
            params.put("kinds", ParticipationProjection.THINGS);
            params.put("asOf", job.key.asOf());
            Map<String, Integer> index = new HashMap<>();
            List<String> ids = new ArrayList<>();
            List<List<Integer>> adjacent = new ArrayList<>();
            // Every institution of the graph is an actor; the things it takes part in (labs, projects...) are not.
            var institutions = new BitSet();
            queries.stream("gaps/participation-ties", params,
                    row -> List.of(row.get("institution").asString(), row.get("thing").asString()), tie -> {
                        int a = node(tie.get(0), index, ids, adjacent);
                        int b = node(tie.get(1), index, ids, adjacent);
                        institutions.set(a);
                        adjacent.get(a).add(b);
                        adjacent.get(b).add(a);
                    });
            var actor = new boolean[ids.size()];
            institutions.stream().forEach(node -> actor[node] = true);
            List<RegionBrokerSearch.Member> from = members(job.key.from(), params, index);
            List<RegionBrokerSearch.Member> to = members(job.key.to(), params, index);
            job.institutionsFrom = from.size();
            job.institutionsTo = to.size();
            // Two kinds of participation in one thing are one tie: a second would count its paths twice.
            int[][] graph = adjacent.stream().map(list -> list.stream().mapToInt(Integer::intValue).distinct().toArray())
                    .toArray(int[][]::new);
            job.result = RegionBrokerSearch.run(new RegionBrokerSearch.Graph(ids, graph, actor), from, to,
                    settings.regionBrokerSources(), settings.regionBrokerCandidates(), SEED, job::progress);
            log.info("Brokers between {} and {} (asOf {}): {} nodes, {} pairs measured, {} candidates tested in {} ms",
                    job.key.from(), job.key.to(), job.key.asOf(), ids.size(), job.result.pairsMeasured(),
                    job.result.candidatesTested(), Instant.now().toEpochMilli() - job.started.toEpochMilli());
        }
        catch (RuntimeException e) {
            log.error("Brokers between {} and {} (asOf {}) failed", job.key.from(), job.key.to(), job.key.asOf(), e);
            job.fail(e);
        }
    }

    /** The institutions of a region in the graph, each once (with its first country). */
    private List<RegionBrokerSearch.Member> members(String region, Map<String, Object> params, Map<String, Integer> index) {
        var asked = new HashMap<>(params);
        asked.put("region", region);
        var members = new LinkedHashMap<String, RegionBrokerSearch.Member>();
        queries.list("gaps/region-institutions", asked, row -> row).forEach(row -> {
            Integer node = index.get(row.get("id").asString());
            if (node != null) {
                members.putIfAbsent(row.get("id").asString(), new RegionBrokerSearch.Member(node, row.get("country").asString()));
            }
        });
        return List.copyOf(members.values());
    }

    private static int node(String id, Map<String, Integer> index, List<String> ids, List<List<Integer>> adjacent) {
        return index.computeIfAbsent(id, key -> {
            ids.add(key);
            adjacent.add(new ArrayList<>());
            return ids.size() - 1;
        });
    }

}
