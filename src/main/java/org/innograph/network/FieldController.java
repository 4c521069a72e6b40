package org.innograph.network;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.innograph.graphql.Connection;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code fields} (fields have no child fields). */
@Controller
class FieldController {

    private final NodeListing listing;

    FieldController(NodeListing listing) {
        this.listing = listing;
    }

    @QueryMapping
    Connection<Field> fields(@Arguments ListArguments args, DataFetchingFieldSelectionSet selection) {
        return listing.list(Kind.FIELD, Field.class, args, selection);
    }
}
