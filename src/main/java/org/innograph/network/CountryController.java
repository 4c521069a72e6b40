package org.innograph.network;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.innograph.graphql.Connection;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code countries} and the child fields of {@code Country}. */
@Controller
class CountryController {

    private final NodeListing listing;
    private final Relations relations;

    CountryController(NodeListing listing, Relations relations) {
        this.listing = listing;
        this.relations = relations;
    }

    @QueryMapping
    Connection<Country> countries(@Arguments ListArguments args, DataFetchingFieldSelectionSet selection) {
        return listing.list(Kind.COUNTRY, Country.class, args, selection);
    }

    @BatchMapping
    Map<Country, List<Region>> regions(List<Country> countries) {
        return relations.outgoing(countries, EdgeKind.IN_REGION, Region.class);
    }

    @BatchMapping
    Map<Country, List<Agreement>> agreements(List<Country> countries) {
        return relations.outgoing(countries, EdgeKind.SIGNED, Agreement.class);
    }
}
