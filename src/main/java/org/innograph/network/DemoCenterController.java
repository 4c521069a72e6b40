package org.innograph.network;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.innograph.graphql.Connection;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code demoCenters} and the child fields of {@code DemoCenter}. */
@Controller
class DemoCenterController {

    private final NodeListing listing;
    private final Relations relations;

    DemoCenterController(NodeListing listing, Relations relations) {
        this.listing = listing;
        this.relations = relations;
    }

    @QueryMapping
    Connection<DemoCenter> demoCenters(@Arguments ListArguments args, DataFetchingFieldSelectionSet selection) {
        return listing.list(Kind.DEMO_CENTER, DemoCenter.class, args, selection);
    }

    @BatchMapping
    Map<DemoCenter, Country> hostCountry(List<DemoCenter> centers) {
        return Relations.firstOf(relations.outgoing(centers, EdgeKind.LOCATED_IN, Country.class));
    }

    @BatchMapping
    Map<DemoCenter, List<Field>> fields(List<DemoCenter> centers) {
        return relations.outgoing(centers, EdgeKind.IN_FIELD, Field.class);
    }

    @BatchMapping
    Map<DemoCenter, List<Participation>> operators(List<DemoCenter> centers) {
        return relations.participations(centers, EdgeKind.OPERATES);
    }
}
