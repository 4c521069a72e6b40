package org.innograph.network;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.innograph.graphql.Connection;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code activities} and the child fields of {@code Activity}. */
@Controller
class ActivityController {

    private final NodeListing listing;
    private final Relations relations;

    ActivityController(NodeListing listing, Relations relations) {
        this.listing = listing;
        this.relations = relations;
    }

    @QueryMapping
    Connection<Activity> activities(@Arguments ListArguments args, DataFetchingFieldSelectionSet selection) {
        return listing.list(Kind.ACTIVITY, Activity.class, args, selection);
    }

    @BatchMapping
    Map<Activity, Country> country(List<Activity> activities) {
        return Relations.firstOf(relations.outgoing(activities, EdgeKind.LOCATED_IN, Country.class));
    }

    @BatchMapping
    Map<Activity, List<Field>> fields(List<Activity> activities) {
        return relations.outgoing(activities, EdgeKind.IN_FIELD, Field.class);
    }

    @BatchMapping
    Map<Activity, List<Institution>> organisers(List<Activity> activities) {
        return relations.incoming(activities, EdgeKind.ORGANISES, Institution.class);
    }

    @BatchMapping
    Map<Activity, List<Institution>> attendees(List<Activity> activities) {
        return relations.incoming(activities, EdgeKind.ATTENDS, Institution.class);
    }
}
