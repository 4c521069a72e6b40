package org.innograph.network;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.innograph.graphql.Connection;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code institutions} and the child fields of {@code Institution}. */
@Controller
class InstitutionController {

    private final NodeListing listing;
    private final Relations relations;

    InstitutionController(NodeListing listing, Relations relations) {
        this.listing = listing;
        this.relations = relations;
    }

    @QueryMapping
    Connection<Institution> institutions(@Arguments ListArguments args, DataFetchingFieldSelectionSet selection) {
        return listing.list(Kind.INSTITUTION, Institution.class, args, selection);
    }

    @BatchMapping
    Map<Institution, Country> country(List<Institution> institutions) {
        return Relations.firstOf(relations.outgoing(institutions, EdgeKind.LOCATED_IN, Country.class));
    }

    @BatchMapping
    Map<Institution, List<Institution>> partOf(List<Institution> institutions) {
        return relations.outgoing(institutions, EdgeKind.PART_OF, Institution.class);
    }

    @BatchMapping
    Map<Institution, List<JointLab>> labs(List<Institution> institutions) {
        return relations.outgoing(institutions, EdgeKind.PARTNER_OF, JointLab.class);
    }
}
