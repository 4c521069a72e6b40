package org.innograph.regions;

import java.time.LocalDate;
import java.util.List;

import org.innograph.network.Kind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers the region questions: {@code connectingLabs} and {@code regionMatrix}. */
@Controller
class RegionQuestionsController {

    private final ConnectingNodes connecting;
    private final RegionTies ties;

    RegionQuestionsController(ConnectingNodes connecting, RegionTies ties) {
        this.connecting = connecting;
        this.ties = ties;
    }

    @QueryMapping
    Connections connectingLabs(@Argument String regionA, @Argument String regionB, @Argument Kind kind,
            @Argument String field, @Argument LocalDate asOf, @Argument int first) {
        return connecting.between(regionA, regionB, kind, field, asOf, first);
    }

    @QueryMapping
    RegionMatrix regionMatrix(@Argument List<String> regions, @Argument String field, @Argument LocalDate asOf,
            @Argument Kind kind) {
        return ties.between(regions, field, asOf, kind);
    }
}
