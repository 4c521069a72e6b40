package org.innograph.gaps;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.innograph.database.QueryRunner;
import org.innograph.graphql.InvalidArgumentException;
import org.innograph.network.Kind;
import org.innograph.network.NetworkNode;
import org.innograph.network.NodeMapper;
import org.innograph.network.ReferencedIds;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code regionBrokers} from the analysis job of its two regions and date, never waiting for it. */
@Controller
class RegionBrokersController {

    static final int MAX_FIRST = 100;

    private final RegionBrokerJobs jobs;
    private final QueryRunner queries;
    private final ReferencedIds referencedIds;

    RegionBrokersController(RegionBrokerJobs jobs, QueryRunner queries, ReferencedIds referencedIds) {
        this.jobs = jobs;
        this.queries = queries;
        this.referencedIds = referencedIds;
    }

    @QueryMapping
    RegionBrokers regionBrokers(@Argument String from, @Argument String to, @Argument LocalDate asOf, @Argument int first) {
        InvalidArgumentException.requireBetweenOneAnd("first", MAX_FIRST, first);
        referencedIds.check("from", from, Kind.REGION);
        referencedIds.check("to", to, Kind.REGION);
        RegionBrokerJobs.Job job = jobs.between(from, to, asOf);
        RegionBrokerSearch.Result result = job.result;
        if (result == null) {
            return new RegionBrokers(job.status(), job.progress(), null, null, null, null, null, null, null, null, null, List.of(),
                    job.error);
        }
        List<RegionBrokerSearch.Score> page = result.scores().subList(0, Math.min(first, result.scores().size()));
        Map<String, NetworkNode> nodes = queries.list("gaps/nodes", Map.of("ids", page.stream().map(RegionBrokerSearch.Score::id).toList()),
                row -> NodeMapper.toNetworkNode(row.get("n"))).stream().collect(Collectors.toMap(NetworkNode::id, Function.identity()));
        List<RegionBrokers.Broker> actors = page.stream().filter(score -> nodes.containsKey(score.id()))
                .map(score -> new RegionBrokers.Broker(nodes.get(score.id()), score.disconnectedPairs(), score.addedHops(),
                        score.pathShare()))
                .toList();
        return new RegionBrokers(AnalysisStatus.DONE, 1.0, job.institutionsFrom, job.institutionsTo, result.pairs(),
                result.pairsMeasured(), result.connectedPairs(), result.sources(), result.sampled(), RegionBrokerJobs.SEED,
                result.candidatesTested(), actors, null);
    }
}
