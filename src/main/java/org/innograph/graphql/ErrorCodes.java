package org.innograph.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.InvalidSyntaxError;
import graphql.execution.InputMapDefinesTooManyFieldsException;
import graphql.execution.NonNullableValueCoercedAsNullException;
import graphql.schema.CoercingParseValueException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives an {@code extensions.code} to the errors GraphQL Java itself raises before any field is answered:
 * a document that does not parse, or asks for what the schema does not have (an unknown field, an
 * unknown enum value such as a misspelt kind, a variable of the wrong type). Anything else without a code
 * is a fault of ours and says so.
 */
@Component
@Order(1)
class ErrorCodes extends SimplePerformantInstrumentation {

    static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().stream().allMatch(ErrorCodes::hasCode)) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream().map(ErrorCodes::withCode).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    private static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().containsKey("code");
    }

    /** A variable whose value does not fit its type: bad input, like a bad argument. */
    private static boolean isVariableValue(GraphQLError error) {
        return error instanceof CoercingParseValueException || error instanceof NonNullableValueCoercedAsNullException
                || error instanceof InputMapDefinesTooManyFieldsException;
    }

    private static GraphQLError withCode(GraphQLError error) {
        if (hasCode(error)) {
            return error;
        }
        ErrorClassification type = error.getErrorType();
        String code = error instanceof InvalidSyntaxError && String.valueOf(error.getMessage()).contains("tokens have been presented")
                ? ErrorCode.QUERY_TOO_LARGE.name()
                : isVariableValue(error) ? ErrorCode.BAD_USER_INPUT.name()
                : type == ErrorType.InvalidSyntax ? PARSE_FAILED
                : type == ErrorType.ValidationError ? VALIDATION_FAILED
                : type == ErrorType.OperationNotSupported ? VALIDATION_FAILED
                : ErrorCode.INTERNAL_ERROR.name();
        var extensions = new LinkedHashMap<String, Object>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put("code", code);
        return GraphqlErrorBuilder.newError().message(error.getMessage()).locations(error.getLocations())
                .path(error.getPath()).errorType(type).extensions(extensions).build();
    }
}
