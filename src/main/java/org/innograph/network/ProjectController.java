package org.innograph.network;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.innograph.graphql.Connection;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code projects} and the child fields of {@code Project}. */
@Controller
class ProjectController {

    private final NodeListing listing;
    private final Relations relations;

    ProjectController(NodeListing listing, Relations relations) {
        this.listing = listing;
        this.relations = relations;
    }

    @QueryMapping
    Connection<Project> projects(@Arguments ListArguments args, DataFetchingFieldSelectionSet selection) {
        return listing.list(Kind.PROJECT, Project.class, args, selection);
    }

    @BatchMapping
    Map<Project, List<Field>> fields(List<Project> projects) {
        return relations.outgoing(projects, EdgeKind.IN_FIELD, Field.class);
    }

    @BatchMapping
    Map<Project, List<Participation>> participants(List<Project> projects) {
        return relations.participations(projects, EdgeKind.PARTICIPATES_IN);
    }

    @BatchMapping
    Map<Project, JointLab> lab(List<Project> projects) {
        return Relations.firstOf(relations.incoming(projects, EdgeKind.RUNS, JointLab.class));
    }
}
