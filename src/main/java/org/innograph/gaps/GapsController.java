package org.innograph.gaps;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.innograph.database.QueryRunner;
import org.innograph.network.Kind;
import org.innograph.network.NetworkNode;
import org.innograph.network.NodeMapper;
import org.innograph.subgraph.Subgraph;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code gaps}, its reports, and the nodes and drawing of their rows. */
@Controller
class GapsController {

    /** The most edges a drawing of a page of gaps holds. */

    private final GapFinder finder;
    private final QueryRunner queries;
    private final NodesDrawn drawn;

    GapsController(GapFinder finder, QueryRunner queries, NodesDrawn drawn) {
        this.finder = finder;
        this.queries = queries;
        this.drawn = drawn;
    }

    @QueryMapping
    GapReports gaps(@Argument LocalDate asOf) {
        return new GapReports(asOf);
    }

    @SchemaMapping(typeName = "Gaps")
    GapList agreementsWithoutLabs(GapReports reports, @Argument int first) {
        return finder.agreementsWithout(Kind.JOINT_LAB, reports.asOf(), first);
    }

    @SchemaMapping(typeName = "Gaps")
    GapList agreementsWithoutProjects(GapReports reports, @Argument int first) {
        return finder.agreementsWithout(Kind.PROJECT, reports.asOf(), first);
    }

    @SchemaMapping(typeName = "Gaps")
    GapList regionsWithoutTransferCenter(GapReports reports, @Argument int first) {
        return finder.regionsWithoutTransferCenter(reports.asOf(), first);
    }

    @SchemaMapping(typeName = "Gaps")
    GapList fieldsWithoutLabs(GapReports reports, @Argument List<String> regions, @Argument List<String> fields,
            @Argument int first) {
        return finder.fieldsWithoutLabs(regions, fields, reports.asOf(), first);
    }

    @SchemaMapping(typeName = "Gaps")
    GapList weakRegionPairs(GapReports reports, @Argument List<String> regions, @Argument int threshold,
            @Argument String field, @Argument Kind kind, @Argument int first) {
        return finder.weakRegionPairs(regions, threshold, field, kind, reports.asOf(), first);
    }

    @SchemaMapping(typeName = "Gaps")
    GapList institutionsInNoLab(GapReports reports, @Argument int first) {
        return finder.institutionsInNoLab(reports.asOf(), first);
    }

    @SchemaMapping(typeName = "Gaps")
    GapList dormantAgreements(GapReports reports, @Argument LocalDate since, @Argument int first) {
        return finder.dormantAgreements(since, reports.asOf(), first);
    }

    /** The nodes of every gap of the request, in one query. */
    @BatchMapping(typeName = "Gap")
    Map<Gap, List<NetworkNode>> nodes(List<Gap> gaps) {
        var ids = new LinkedHashSet<String>();
        gaps.forEach(gap -> ids.addAll(gap.nodeIds()));
        Map<String, NetworkNode> byId = queries.list("gaps/nodes", Map.of("ids", List.copyOf(ids)),
                        row -> NodeMapper.toNetworkNode(row.get("n")))
                .stream().collect(Collectors.toMap(NetworkNode::id, Function.identity()));
        return gaps.stream().distinct().collect(Collectors.toMap(Function.identity(),
                gap -> gap.nodeIds().stream().filter(byId::containsKey).map(byId::get).toList()));
    }

    /** The nodes of a page of gaps and the edges among them (a country and the agreements it signed...). */
    @SchemaMapping(typeName = "GapList")
    Subgraph subgraph(GapList list) {
        var ids = new LinkedHashSet<String>();
        list.rows().forEach(gap -> ids.addAll(gap.nodeIds()));
        return drawn.among(List.copyOf(ids), false);
    }
}
