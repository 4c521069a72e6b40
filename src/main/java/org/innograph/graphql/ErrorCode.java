package org.innograph.graphql;

import graphql.ErrorClassification;
import org.innograph.database.RequestDeadline;

/** The {@code extensions.code} of every error Innograph answers with. */
public enum ErrorCode implements ErrorClassification {
    /** An argument or variable is malformed or out of range; {@code extensions.argument} names it. */
    BAD_USER_INPUT,
    /** The id names no node (or no import job). */
    NOT_FOUND,
    /** A setting switches the operation off; {@code extensions.setting} names it. */
    FORBIDDEN,
    /** The request ran past its deadline; the answer holds the data fetched until then. */
    TIMEOUT,
    /** The request was stopped because its client went away. */
    CANCELLED,
    /** The database cannot be reached just now. */
    UNAVAILABLE,
    /**
     * As many network analyses as {@code extensions.setting} allows ({@code extensions.limit}) are waiting or
     * running; ask again once one is done.
     */
    BUSY,
    /**
     * The Neo4j the service uses lacks a plugin the question needs (Graph Data Science on an external Neo4j);
     * {@code extensions.plugin} names it, {@code extensions.callable} the procedure or function called.
     */
    PLUGIN_MISSING,
    /** Anything else: a bug on our side, logged with its stack trace, never sent to the client. */
    INTERNAL_ERROR,

    // Refused before it runs: extensions.limit names the bound, extensions.value the query's own figure.
    /** Fields nest deeper than {@code innograph.api.max-depth}. */
    QUERY_TOO_DEEP,
    /** The query's cost is over {@code innograph.api.max-cost}, or it has more fields than {@code max-fields}. */
    QUERY_TOO_COSTLY,
    /** More aliased fields than {@code innograph.api.max-aliases}. */
    TOO_MANY_ALIASES,
    /** More top-level fields than {@code innograph.api.max-root-fields}. */
    TOO_MANY_ROOT_FIELDS,
    /** The document has more tokens than {@code innograph.api.max-tokens}. */
    QUERY_TOO_LARGE,
    /** The answer grew past {@code innograph.api.max-response-size} while it was built. */
    RESPONSE_TOO_LARGE,

    // The HTTP request itself is wrong; answered with the matching 4xx status.
    /** The body is larger than {@code innograph.api.max-request-size} (413). */
    REQUEST_TOO_LARGE,
    /** The body is not a JSON object with a string {@code query} (400). */
    MALFORMED_REQUEST,
    /** The body is a JSON array: batches are not supported (400). */
    BATCH_NOT_SUPPORTED,
    /** The body is not {@code application/json} (415). */
    UNSUPPORTED_MEDIA_TYPE,
    /** Neither GET nor POST, or a mutation over GET (405). */
    METHOD_NOT_ALLOWED,
    /** The client accepts neither {@code application/graphql-response+json} nor {@code application/json} (406). */
    NOT_ACCEPTABLE;

    /** The code of a request stopped while it ran. */
    public static ErrorCode of(RequestDeadline.Stop stopped) {
        return switch (stopped) {
            case TIMEOUT -> TIMEOUT;
            case CANCELLED -> CANCELLED;
            case RESPONSE_TOO_LARGE -> RESPONSE_TOO_LARGE;
        };
    }
}
