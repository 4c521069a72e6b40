package org.innograph.graphql;

import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.scalar.GraphqlIDCoercing;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The {@code ID} scalar, strict on input as the spec asks: a string or an integer. GraphQL Java's own turns
 * any variable value into text, so a JSON object passed as an id would be looked up as
 * {@code "{a=1}"}; this one refuses it as bad input.
 */
final class IdScalar {

    private static final Coercing<Object, Object> BUILT_IN = new GraphqlIDCoercing();

    static final GraphQLScalarType ID = GraphQLScalarType.newScalar()
            .name("ID")
            .description("A unique identifier, e.g. `country:KE`; given as a string (or an integer).")
            .coercing(new Coercing<Object, Object>() {
                @Override
                public Object serialize(Object value, GraphQLContext context, Locale locale) throws CoercingSerializeException {
                    return BUILT_IN.serialize(value, context, locale);
                }

                @Override
                public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                    if (input instanceof String || input instanceof Integer || input instanceof Long
                            || input instanceof java.math.BigInteger) {
                        return String.valueOf(input);
                    }
                    throw new CoercingParseValueException("An ID is a string, e.g. \"country:KE\"; got "
                            + (input == null ? "null" : input instanceof java.util.Map ? "an object" : input instanceof java.util.List ? "a list"
                                    : input.getClass().getSimpleName()));
                }

                @Override
                public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    if (input instanceof StringValue string) {
                        return string.getValue();
                    }
                    if (input instanceof IntValue integer) {
                        return integer.getValue().toString();
                    }
                    throw new CoercingParseLiteralException("An ID is a string, e.g. \"country:KE\"");
                }
            })
            .build();

    private IdScalar() {
    }
}
