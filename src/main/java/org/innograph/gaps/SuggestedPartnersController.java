package org.innograph.gaps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.innograph.database.QueryRunner;
import org.innograph.graphql.InvalidArgumentException;
import org.innograph.graphql.NotFoundException;
import org.innograph.network.Kind;
import org.innograph.network.NetworkNode;
import org.innograph.network.NodeMapper;
import org.innograph.network.ReferencedIds;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code suggestedPartners}: one bounded query, then the actor and partners resolved in one more. */
@Controller
class SuggestedPartnersController {

    static final int MAX_FIRST = 100;
    private static final Set<String> ACTORS = Set.of(Kind.INSTITUTION.name(), Kind.JOINT_LAB.name());

    private final PartnerSuggestions suggestions;
    private final QueryRunner queries;
    private final GapsProperties settings;
    private final ReferencedIds referencedIds;

    SuggestedPartnersController(PartnerSuggestions suggestions, QueryRunner queries, GapsProperties settings,
            ReferencedIds referencedIds) {
        this.suggestions = suggestions;
        this.queries = queries;
        this.settings = settings;
        this.referencedIds = referencedIds;
    }

    @QueryMapping
    SuggestedPartners suggestedPartners(@Argument String id, @Argument int first, @Argument LinkScore by, @Argument LocalDate asOf,
            @Argument List<String> regions, @Argument List<String> fields) {
        InvalidArgumentException.requireBetweenOneAnd("first", MAX_FIRST, first);
        // A misspelt region or field would otherwise just filter every candidate out.
        referencedIds.check("regions", regions, Kind.REGION);
        referencedIds.check("fields", fields, Kind.FIELD);
        PartnerSuggestions.Ranking ranking = suggestions.rank(id, by, first, settings.partnerPaths(), asOf, regions, fields)
                .orElseThrow(() -> new NotFoundException(id));
        if (!ACTORS.contains(ranking.kind())) {
            throw new InvalidArgumentException("id", "suggested partners are for an institution or a joint lab; %s is a %s"
                    .formatted(id, ranking.kind()));
        }
        var ids = new ArrayList<String>(List.of(id));
        ranking.candidatesFirst().forEach(candidate -> ids.add(candidate.id()));
        Map<String, NetworkNode> nodes = queries.list("gaps/nodes", Map.of("ids", ids), row -> NodeMapper.toNetworkNode(row.get("n")))
                .stream().collect(Collectors.toMap(NetworkNode::id, Function.identity()));
        List<SuggestedPartners.Suggestion> shown = ranking.candidatesFirst().stream().filter(candidate -> nodes.containsKey(candidate.id()))
                .map(candidate -> new SuggestedPartners.Suggestion(nodes.get(candidate.id()), candidate.score(by), candidate.commonNeighbours(),
                        candidate.adamicAdar(), candidate.resourceAllocation(), candidate.shared(), candidate.fields(), candidate.regions(),
                        PartnerSuggestions.reason(id, candidate)))
                .toList();
        return new SuggestedPartners(nodes.get(id), by, ranking.neighbours(), ranking.candidates(), ranking.truncated(), shown);
    }
}
