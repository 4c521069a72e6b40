package org.innograph.network;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.innograph.graphql.Connection;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code industrialParks} and the child fields of {@code IndustrialPark}. */
@Controller
class IndustrialParkController {

    private final NodeListing listing;
    private final Relations relations;

    IndustrialParkController(NodeListing listing, Relations relations) {
        this.listing = listing;
        this.relations = relations;
    }

    @QueryMapping
    Connection<IndustrialPark> industrialParks(@Arguments ListArguments args, DataFetchingFieldSelectionSet selection) {
        return listing.list(Kind.INDUSTRIAL_PARK, IndustrialPark.class, args, selection);
    }

    @BatchMapping
    Map<IndustrialPark, Country> hostCountry(List<IndustrialPark> parks) {
        return Relations.firstOf(relations.outgoing(parks, EdgeKind.LOCATED_IN, Country.class));
    }

    @BatchMapping
    Map<IndustrialPark, List<Field>> fields(List<IndustrialPark> parks) {
        return relations.outgoing(parks, EdgeKind.IN_FIELD, Field.class);
    }

    @BatchMapping
    Map<IndustrialPark, List<Participation>> operators(List<IndustrialPark> parks) {
        return relations.participations(parks, EdgeKind.OPERATES);
    }
}
