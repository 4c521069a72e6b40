package org.innograph.graphql;

import graphql.ErrorClassification;

/** The {@code extensions.code} of every error Innograph answers with. */
public enum ErrorCode implements ErrorClassification {
    /** An argument is malformed or out of range; {@code extensions.argument} names it. */
    BAD_USER_INPUT,
    /** The id names no node. */
    NOT_FOUND,
    /** The query ran longer than the server allows. */
    TIMEOUT,
    /** The database cannot be reached just now. */
    UNAVAILABLE,
    /** Anything else: a bug on our side, logged with its stack trace, never sent to the client. */
    INTERNAL_ERROR
}
