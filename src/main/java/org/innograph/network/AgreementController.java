package org.innograph.network;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.innograph.graphql.Connection;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code agreements} and the child fields of {@code Agreement}. */
@Controller
class AgreementController {

    private final NodeListing listing;
    private final Relations relations;

    AgreementController(NodeListing listing, Relations relations) {
        this.listing = listing;
        this.relations = relations;
    }

    @QueryMapping
    Connection<Agreement> agreements(@Arguments ListArguments args, DataFetchingFieldSelectionSet selection) {
        return listing.list(Kind.AGREEMENT, Agreement.class, args, selection);
    }

    @BatchMapping
    Map<Agreement, List<Country>> signatories(List<Agreement> agreements) {
        return relations.incoming(agreements, EdgeKind.SIGNED, Country.class);
    }
}
