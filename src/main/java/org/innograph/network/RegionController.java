package org.innograph.network;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.innograph.graphql.Connection;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code regions} and the child fields of {@code Region}. */
@Controller
class RegionController {

    private final NodeListing listing;
    private final Relations relations;

    RegionController(NodeListing listing, Relations relations) {
        this.listing = listing;
        this.relations = relations;
    }

    @QueryMapping
    Connection<Region> regions(@Arguments ListArguments args, DataFetchingFieldSelectionSet selection) {
        return listing.list(Kind.REGION, Region.class, args, selection);
    }

    @BatchMapping
    Map<Region, Region> parent(List<Region> regions) {
        return Relations.firstOf(relations.outgoing(regions, EdgeKind.PART_OF, Region.class));
    }

    @BatchMapping
    Map<Region, List<Country>> countries(List<Region> regions) {
        return relations.incoming(regions, EdgeKind.IN_REGION, Country.class);
    }

    @BatchMapping
    Map<Region, List<TransferCenter>> servedBy(List<Region> regions) {
        return relations.incoming(regions, EdgeKind.SERVES, TransferCenter.class);
    }
}
