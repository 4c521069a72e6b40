package org.innograph.gaps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.innograph.database.QueryRunner;
import org.innograph.ingest.NetworkChanged;
import org.innograph.network.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Communities analyses as jobs, as {@link BrokerJobs} runs brokers: the first request for a date queues one
 * ({@link AnalysisQueue}) and answers its progress; later requests poll it and, once done, read it from the cache
 * until a write changes the network ({@link NetworkChanged}). Each job projects the participation graph (the
 * graph brokers analyse) under a name of its own, finds its components and Louvain communities
 * ({@link CommunityDetection}), counts their fields and regions, and drops the projection.
 */
@Component
class CommunityJobs {

    private static final Logger log = LoggerFactory.getLogger(CommunityJobs.class);
    /** Projection, components, Louvain, ties, fields and regions. */
    private static final int STEPS = 5;
    /** The most central first: ties inside the group, then all ties, then id, so that the order is total. */
    static final Comparator<CommunityDetection.Member> CENTRAL_FIRST = Comparator
            .comparingLong(CommunityDetection.Member::internalDegree).reversed()
            .thenComparing(Comparator.comparingLong(CommunityDetection.Member::degree).reversed())
            .thenComparing(CommunityDetection.Member::id);

    /** One analysis: of the network at a date (null: now). */
    static final class Job extends AnalysisJob<CommunityAnalysis> {
        final LocalDate asOf;

        Job(LocalDate asOf) {
            super(STEPS);
            this.asOf = asOf;
        }
    }

    private final QueryRunner queries;
    private final CommunityDetection detection;
    /** The analyses by date (the empty date: now), until the network changes. */
    private final AnalysisQueue.Analyses<Optional<LocalDate>, Job> analyses;

    CommunityJobs(QueryRunner queries, CommunityDetection detection, AnalysisQueue queue) {
        this.queries = queries;
        this.analyses = queue.kind(date -> new Job(date.orElse(null)), this::run);
        this.detection = detection;
    }

    /** The analysis of the network at {@code asOf}: started now if there is none, else as far as it got. */
    Job communities(LocalDate asOf) {
        return analyses.of(Optional.ofNullable(asOf));
    }

    private void run(Job job) {
        try (var projection = ParticipationProjection.of(queries, "communities", job.asOf)) {
            long nodes = projection.nodes();
            job.step();
            CommunityDetection.Partition partition = detection.of(projection.graph(), job::step);
            // GDS counts an undirected relationship once from each end (7,460 for the sample's 3,730
            // participations); each tie adds one to the degree of both its ends.
            long relationships = partition.members().stream().mapToLong(CommunityDetection.Member::degree).sum() / 2;
            var factParams = new HashMap<String, Object>();
            factParams.put("ids", partition.members().stream().map(CommunityDetection.Member::id).toList());
            factParams.put("asOf", job.asOf);
            Map<String, Facts> facts = queries.list("gaps/community-facts", factParams, row -> new Facts(row.get("id").asString(),
                            row.get("kind").asString(), row.get("fields").asList(v -> v.asString()), row.get("regions").asList(v -> v.asString())))
                    .stream().collect(Collectors.toMap(Facts::id, Function.identity()));
            job.step();
            List<CommunityAnalysis.Group> components = groups(partition.members(), CommunityDetection.Member::component, facts, null);
            Map<Long, Integer> componentNumbers = new HashMap<>();
            components.forEach(group -> componentNumbers.put(group.members().get(0).component(), group.id()));
            List<CommunityAnalysis.Group> communities = groups(partition.members(), CommunityDetection.Member::community, facts,
                    componentNumbers);
            job.result = new CommunityAnalysis(nodes, relationships, partition.modularity(), partition.levels(), communities, components);
            log.info("Communities analysis (asOf {}) of {} nodes and {} ties done in {} ms: {} communities, modularity {}, {} components",
                    job.asOf, nodes, relationships, Instant.now().toEpochMilli() - job.started.toEpochMilli(), communities.size(),
                    partition.modularity(), components.size());
        }
        catch (RuntimeException e) {
            log.error("Communities analysis (asOf {}) failed", job.asOf, e);
            job.fail(e);
        }
    }

    /** What the database says of a member: its kind, fields and regions. */
    record Facts(String id, String kind, List<String> fields, List<String> regions) {
    }

    /**
     * The members grouped by {@code group}, numbered from 1 by size (the largest first, ties by the smallest
     * member id), each with its members ranked and its fields and regions counted; {@code componentNumbers}
     * gives the number of each GDS component (null when the groups are the components themselves).
     */
    static List<CommunityAnalysis.Group> groups(List<CommunityDetection.Member> members, ToLongFunction<CommunityDetection.Member> group,
            Map<String, Facts> facts, Map<Long, Integer> componentNumbers) {
        Map<Long, List<CommunityDetection.Member>> byGroup = new HashMap<>();
        members.forEach(member -> byGroup.computeIfAbsent(group.applyAsLong(member), g -> new ArrayList<>()).add(member));
        List<List<CommunityDetection.Member>> ordered = byGroup.values().stream()
                .map(list -> list.stream().sorted(CENTRAL_FIRST).toList())
                .sorted(Comparator.<List<CommunityDetection.Member>>comparingInt(List::size).reversed()
                        .thenComparing(list -> list.stream().map(CommunityDetection.Member::id).min(String::compareTo).orElseThrow()))
                .toList();
        var result = new ArrayList<CommunityAnalysis.Group>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            List<CommunityDetection.Member> list = ordered.get(i);
            var fields = new TreeMap<String, Long>();
            var regions = new TreeMap<String, Long>();
            long institutions = 0;
            for (CommunityDetection.Member member : list) {
                Facts fact = facts.get(member.id());
                if (fact == null) {
                    continue;
                }
                if (Kind.INSTITUTION.name().equals(fact.kind())) {
                    institutions++;
                    fact.regions().forEach(region -> regions.merge(region, 1L, Long::sum));
                }
                else {
                    fact.fields().forEach(field -> fields.merge(field, 1L, Long::sum));
                }
            }
            int component = componentNumbers == null ? i + 1 : componentNumbers.get(list.get(0).component());
            result.add(new CommunityAnalysis.Group(i + 1, list.size(), institutions, component, list, mostFirst(fields), mostFirst(regions)));
        }
        return result;
    }

    private static List<CommunityAnalysis.Count> mostFirst(Map<String, Long> counts) {
        return counts.entrySet().stream().map(entry -> new CommunityAnalysis.Count(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(CommunityAnalysis.Count::count).reversed().thenComparing(CommunityAnalysis.Count::id))
                .toList();
    }

}
