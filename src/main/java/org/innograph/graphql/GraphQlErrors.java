package org.innograph.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.innograph.database.CurrentRequest;
import org.innograph.database.Plugins;
import org.innograph.database.RequestDeadline;
import org.innograph.database.RequestStoppedException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Turns every exception thrown while answering a field into a GraphQL error with an
 * {@code extensions.code}; unexpected ones are logged and answered without their stack trace.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof InvalidArgumentException invalid) {
            return error(env, ErrorCode.BAD_USER_INPUT, invalid.getMessage(), Map.of("argument", invalid.argument()));
        }
        if (ex instanceof NotFoundException notFound) {
            return error(env, ErrorCode.NOT_FOUND, notFound.getMessage(), Map.of("id", notFound.id()));
        }
        if (ex instanceof ForbiddenException forbidden) {
            return error(env, ErrorCode.FORBIDDEN, forbidden.getMessage(), Map.of("setting", forbidden.setting()));
        }
        if (ex instanceof BusyException busy) {
            return error(env, ErrorCode.BUSY, busy.getMessage(), Map.of("setting", busy.setting(), "limit", busy.limit()));
        }
        if (ex instanceof RequestStoppedException stopped) {
            ErrorCode code = ErrorCode.of(stopped.reason());
            RequestDeadline deadline = env.getGraphQlContext().get(CurrentRequest.KEY);
            if (stopped.reason() == RequestDeadline.Stop.TIMEOUT && deadline != null) {
                return error(env, code, "The request ran past its deadline of %d ms before this field was answered"
                        .formatted(deadline.timeout().toMillis()), RequestGuard.deadlineBound(deadline));
            }
            return error(env, code, "The request was stopped before this field was answered: " + code, Map.of());
        }
        Throwable cause = rootCause(ex);
        if (cause instanceof ClientException client && client.code() != null && client.code().contains("TransactionTimedOut")) {
            return error(env, ErrorCode.TIMEOUT, "The query took longer than the server allows; narrow it down", Map.of());
        }
        if (cause instanceof ServiceUnavailableException || ex instanceof TransientDataAccessResourceException) {
            return error(env, ErrorCode.UNAVAILABLE, "The database is unavailable just now; try again", Map.of());
        }
        var missing = Plugins.missing(ex);
        if (missing.isPresent()) {
            return error(env, ErrorCode.PLUGIN_MISSING, "The Neo4j this service uses has no %s: install the %s plugin there (README, \"Gaps\")"
                    .formatted(missing.get().callable(), missing.get().plugin()),
                    Map.of("plugin", missing.get().plugin(), "callable", missing.get().callable()));
        }
        log.error("Unexpected error answering {}", env.getExecutionStepInfo().getPath(), ex);
        return error(env, ErrorCode.INTERNAL_ERROR, "Internal error; it has been logged", Map.of());
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorCode code, String message, Map<String, Object> details) {
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put("code", code.name());
        extensions.putAll(details);
        return GraphqlErrorBuilder.newError(env).errorType(code).message(message).extensions(extensions).build();
    }

    private static Throwable rootCause(Throwable ex) {
        Throwable cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
