package org.innograph.gaps;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.innograph.database.QueryRunner;
import org.innograph.graphql.InvalidArgumentException;
import org.innograph.network.NetworkNode;
import org.innograph.network.NodeMapper;
import org.innograph.subgraph.Subgraph;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code brokers} from the analysis job of its date, never waiting for it. */
@Controller
class BrokersController {

    static final int MAX_FIRST = 500;

    private final BrokerJobs jobs;
    private final QueryRunner queries;
    private final NodesDrawn drawn;

    BrokersController(BrokerJobs jobs, QueryRunner queries, NodesDrawn drawn) {
        this.jobs = jobs;
        this.queries = queries;
        this.drawn = drawn;
    }

    @QueryMapping
    Brokers brokers(@Argument LocalDate asOf, @Argument int first) {
        InvalidArgumentException.requireBetweenOneAnd("first", MAX_FIRST, first);
        BrokerJobs.Job job = jobs.brokers(asOf);
        Centrality.Result result = job.result;
        if (result == null) {
            return new Brokers(job.status(), job.progress(), null, null, null, null, null, List.of(), job.error);
        }
        List<Centrality.Scores> page = result.scores().subList(0, Math.min(first, result.scores().size()));
        Map<String, NetworkNode> nodes = queries.list("gaps/nodes", Map.of("ids", page.stream().map(Centrality.Scores::id).toList()),
                row -> NodeMapper.toNetworkNode(row.get("n"))).stream().collect(Collectors.toMap(NetworkNode::id, Function.identity()));
        List<Brokers.Broker> actors = page.stream().filter(scores -> nodes.containsKey(scores.id()))
                .map(scores -> new Brokers.Broker(nodes.get(scores.id()), scores.degree(), scores.betweenness(), scores.pageRank()))
                .toList();
        return new Brokers(AnalysisStatus.DONE, 1.0, result.nodes(), job.relationships, result.exact(), result.samples(),
                result.errorBound(), actors, null);
    }

    /** The brokers listed and the edges among them; none until the analysis is done. */
    @SchemaMapping(typeName = "Brokers")
    Subgraph subgraph(Brokers brokers) {
        if (brokers.status() != AnalysisStatus.DONE) {
            return null;
        }
        return drawn.among(brokers.actors().stream().map(actor -> actor.institution().id()).toList(), false);
    }
}
