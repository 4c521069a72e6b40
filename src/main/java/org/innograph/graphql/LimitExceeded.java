package org.innograph.graphql;

import java.util.LinkedHashMap;
import java.util.List;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;

/** A query refused before it runs because it is over one of the API's bounds. */
final class LimitExceeded {

    private LimitExceeded() {
    }

    /**
     * The exception GraphQL Java turns into the answer: no data, one error naming the bound (its setting and
     * value), the query's own figure, and how to stay inside it.
     */
    static AbortExecutionException refuse(ErrorCode code, String setting, long limit, long value, String what, String advice) {
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put("code", code.name());
        extensions.put("limit", limit);
        extensions.put("value", value);
        extensions.put("setting", "innograph.api." + setting);
        String message = "%s: %,d, over the limit of %,d (innograph.api.%s). %s".formatted(what, value, limit, setting, advice);
        GraphQLError error = GraphqlErrorBuilder.newError().message(message).errorType(code).extensions(extensions).build();
        return new AbortExecutionException(List.of(error));
    }
}
