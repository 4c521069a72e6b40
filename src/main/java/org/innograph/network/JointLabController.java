package org.innograph.network;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.innograph.graphql.Connection;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code labs} and the child fields of {@code JointLab}. */
@Controller
class JointLabController {

    private final NodeListing listing;
    private final Relations relations;

    JointLabController(NodeListing listing, Relations relations) {
        this.listing = listing;
        this.relations = relations;
    }

    @QueryMapping
    Connection<JointLab> labs(@Arguments ListArguments args, DataFetchingFieldSelectionSet selection) {
        return listing.list(Kind.JOINT_LAB, JointLab.class, args, selection);
    }

    @BatchMapping
    Map<JointLab, Country> hostCountry(List<JointLab> labs) {
        return Relations.firstOf(relations.outgoing(labs, EdgeKind.LOCATED_IN, Country.class));
    }

    @BatchMapping
    Map<JointLab, List<Field>> fields(List<JointLab> labs) {
        return relations.outgoing(labs, EdgeKind.IN_FIELD, Field.class);
    }

    @BatchMapping
    Map<JointLab, List<Participation>> partners(List<JointLab> labs) {
        return relations.participations(labs, EdgeKind.PARTNER_OF);
    }

    @BatchMapping
    Map<JointLab, List<Project>> projects(List<JointLab> labs) {
        return relations.outgoing(labs, EdgeKind.RUNS, Project.class);
    }
}
