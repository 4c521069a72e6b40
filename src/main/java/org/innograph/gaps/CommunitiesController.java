package org.innograph.gaps;

import java.time.LocalDate;
import java.util.LinkedHashSet;
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

/**
 * Answers {@code communities} from the analysis job of its date, never waiting for it, and draws one community.
 * The members, fields and regions of a page are resolved in one query.
 */
@Controller
class CommunitiesController {

    static final int MAX_FIRST = 500;
    static final int MAX_TOP = 50;
    static final int MAX_NODES = 2_000;

    private final CommunityJobs jobs;
    private final QueryRunner queries;
    private final NodesDrawn drawn;

    CommunitiesController(CommunityJobs jobs, QueryRunner queries, NodesDrawn drawn) {
        this.jobs = jobs;
        this.queries = queries;
        this.drawn = drawn;
    }

    @QueryMapping
    Communities communities(@Argument LocalDate asOf, @Argument int first, @Argument int top) {
        InvalidArgumentException.requireBetweenOneAnd("first", MAX_FIRST, first);
        InvalidArgumentException.requireBetweenOneAnd("top", MAX_TOP, top);
        CommunityJobs.Job job = jobs.communities(asOf);
        CommunityAnalysis result = job.result;
        if (result == null) {
            return new Communities(job.status(), job.progress(), null, null, null, null, null, null, false, List.of(), List.of(),
                    job.error, null);
        }
        List<CommunityAnalysis.Group> communities = result.communities().subList(0, Math.min(first, result.communities().size()));
        List<CommunityAnalysis.Group> components = result.components().subList(0, Math.min(first, result.components().size()));
        var ids = new LinkedHashSet<String>();
        for (CommunityAnalysis.Group group : concat(communities, components)) {
            group.members().stream().limit(top).forEach(member -> ids.add(member.id()));
            group.fields().stream().limit(top).forEach(count -> ids.add(count.id()));
            group.regions().stream().limit(top).forEach(count -> ids.add(count.id()));
        }
        Map<String, NetworkNode> nodes = queries.list("gaps/nodes", Map.of("ids", List.copyOf(ids)),
                row -> NodeMapper.toNetworkNode(row.get("n"))).stream().collect(Collectors.toMap(NetworkNode::id, Function.identity()));
        Function<CommunityAnalysis.Group, Communities.Community> shown = group -> new Communities.Community(group.id(), group.size(),
                group.institutions(), group.component(),
                group.members().stream().limit(top).filter(member -> nodes.containsKey(member.id()))
                        .map(member -> new Communities.Member(nodes.get(member.id()), member.degree(), member.internalDegree())).toList(),
                group.fields().stream().limit(top).filter(count -> nodes.containsKey(count.id()))
                        .map(count -> new Communities.FieldCount(nodes.get(count.id()), count.count())).toList(),
                group.regions().stream().limit(top).filter(count -> nodes.containsKey(count.id()))
                        .map(count -> new Communities.RegionCount(nodes.get(count.id()), count.count())).toList());
        boolean truncated = communities.size() < result.communities().size() || components.size() < result.components().size();
        return new Communities(AnalysisStatus.DONE, 1.0, result.nodes(), result.ties(), result.modularity(), result.levels(),
                result.communities().size(), result.components().size(), truncated, communities.stream().map(shown).toList(),
                components.stream().map(shown).toList(), null, result);
    }

    /** One community's most central members and the edges among them, as {@code GapList.subgraph} draws a page of gaps. */
    @SchemaMapping(typeName = "Communities")
    Subgraph subgraph(Communities communities, @Argument int community, @Argument int maxNodes) {
        InvalidArgumentException.requireBetweenOneAnd("maxNodes", MAX_NODES, maxNodes);
        CommunityAnalysis analysis = communities.analysis();
        if (analysis == null) {
            return null;
        }
        if (community < 1 || community > analysis.communities().size()) {
            throw new InvalidArgumentException("community", "community must be between 1 and %d (the number of communities), was %d"
                    .formatted(analysis.communities().size(), community));
        }
        CommunityAnalysis.Group group = analysis.communities().get(community - 1);
        List<String> ids = group.members().stream().limit(maxNodes).map(CommunityDetection.Member::id).toList();
        return drawn.among(ids, group.size() > maxNodes);
    }

    private static List<CommunityAnalysis.Group> concat(List<CommunityAnalysis.Group> a, List<CommunityAnalysis.Group> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
