package org.innograph.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives an {@code extensions.code} to the errors GraphQL Java itself raises before any field is answered:
 * a document that does not parse, or asks for what the schema does not have (an unknown field); a value of
 * the wrong type, such as a misspelt kind, written in the document or passed as a variable, is bad input.
 * Anything else without a code is a fault of ours and says so.
 */
@Component
@Order(1)
class ErrorCodes extends SimplePerformantInstrumentation {

    static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";

    /** GraphQL Java's own rendering of a literal in a validation message: {@code EnumValue{name='X'}} and the like. */
    private static final Pattern LITERAL = Pattern.compile(
            "'?(?:EnumValue\\{name='([^']*)'}|StringValue\\{value='([^']*)'}|(?:IntValue|FloatValue|BooleanValue)\\{value=([^}]*)})'?");
    private static final Pattern ARGUMENT = Pattern.compile("argument '([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern VARIABLE = Pattern.compile("Variable '([A-Za-z_][A-Za-z0-9_]*)'");
    private static final Pattern PREFIX = Pattern.compile("^Validation error \\(WrongType@\\[([^\\]]*)]\\) : ");

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

    /**
     * A literal in the document that does not fit its argument's type (a misspelt enum value, a date that does
     * not parse): bad input, named by its argument like any other, and written as the client wrote it rather
     * than as GraphQL Java's classes print it.
     */
    private static GraphQLError wrongType(ValidationError error) {
        String message = PREFIX.matcher(String.valueOf(error.getMessage())).replaceFirst("$1: ");
        message = LITERAL.matcher(message).replaceAll(literal -> Matcher.quoteReplacement(
                literal.group(1) != null ? literal.group(1)
                        : literal.group(2) != null ? '"' + literal.group(2) + '"'
                        : literal.group(3)));
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put("code", ErrorCode.BAD_USER_INPUT.name());
        Matcher argument = ARGUMENT.matcher(message);
        if (argument.find()) {
            extensions.put("argument", argument.group(1));
        }
        return GraphqlErrorBuilder.newError().message(message).locations(error.getLocations()).path(error.getPath())
                .errorType(ErrorType.ValidationError).extensions(extensions).build();
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
        if (error instanceof ValidationError validation && validation.getValidationErrorType() == ValidationErrorType.WrongType) {
            return wrongType(validation);
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
        Matcher variable = VARIABLE.matcher(String.valueOf(error.getMessage()));
        if (isVariableValue(error) && variable.find()) {
            extensions.put("variable", variable.group(1));
        }
        return GraphqlErrorBuilder.newError().message(error.getMessage()).locations(error.getLocations())
                .path(error.getPath()).errorType(type).extensions(extensions).build();
    }
}
