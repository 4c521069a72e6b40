package org.innograph.network;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.innograph.graphql.Connection;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code transferCenters} and the child fields of {@code TransferCenter}. */
@Controller
class TransferCenterController {

    private final NodeListing listing;
    private final Relations relations;

    TransferCenterController(NodeListing listing, Relations relations) {
        this.listing = listing;
        this.relations = relations;
    }

    @QueryMapping
    Connection<TransferCenter> transferCenters(@Arguments ListArguments args, DataFetchingFieldSelectionSet selection) {
        return listing.list(Kind.TRANSFER_CENTER, TransferCenter.class, args, selection);
    }

    @BatchMapping
    Map<TransferCenter, Country> hostCountry(List<TransferCenter> centers) {
        return Relations.firstOf(relations.outgoing(centers, EdgeKind.LOCATED_IN, Country.class));
    }

    @BatchMapping
    Map<TransferCenter, List<Region>> serves(List<TransferCenter> centers) {
        return relations.outgoing(centers, EdgeKind.SERVES, Region.class);
    }

    @BatchMapping
    Map<TransferCenter, List<Participation>> operators(List<TransferCenter> centers) {
        return relations.participations(centers, EdgeKind.OPERATES);
    }
}
