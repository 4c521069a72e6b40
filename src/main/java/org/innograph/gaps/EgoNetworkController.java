package org.innograph.gaps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.innograph.graphql.InvalidArgumentException;
import org.innograph.subgraph.Subgraph;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code egoNetwork}: Burt's constraint and effective size of an institution, and its drawing. */
@Controller
class EgoNetworkController {

    static final int MAX_FIRST = 500;

    private final EgoNetworks egoNetworks;
    private final NodesDrawn drawn;

    EgoNetworkController(EgoNetworks egoNetworks, NodesDrawn drawn) {
        this.egoNetworks = egoNetworks;
        this.drawn = drawn;
    }

    @QueryMapping
    EgoNetwork egoNetwork(@Argument String id, @Argument LocalDate asOf, @Argument int first) {
        InvalidArgumentException.requireBetweenOneAnd("first", MAX_FIRST, first);
        return egoNetworks.of(id, asOf, first);
    }

    /** The ego, the alters the measures were computed over, and the edges among them (at most 5,000). */
    @SchemaMapping(typeName = "EgoNetwork")
    Subgraph subgraph(EgoNetwork ego) {
        var ids = new ArrayList<String>(List.of(ego.institution().id()));
        ids.addAll(ego.kept());
        return drawn.among(ids, false);
    }
}
