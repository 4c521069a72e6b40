package org.innograph.graphql;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/** The {@code Date} scalar: an ISO 8601 calendar date such as {@code 2024-05-01}. */
final class DateScalar {

    static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("A calendar date in ISO 8601 form, e.g. 2024-05-01.")
            .coercing(new Coercing<LocalDate, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof LocalDate date) {
                        return date.toString();
                    }
                    throw new CoercingSerializeException("Not a date: " + value);
                }

                @Override
                public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
                    return parse(String.valueOf(input), CoercingParseValueException::new);
                }

                @Override
                public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    if (input instanceof StringValue string) {
                        return parse(string.getValue(), CoercingParseLiteralException::new);
                    }
                    throw new CoercingParseLiteralException("A Date is a string such as \"2024-05-01\"");
                }
            })
            .build();

    private DateScalar() {
    }

    private static LocalDate parse(String text, java.util.function.Function<String, RuntimeException> error) {
        try {
            return LocalDate.parse(text);
        }
        catch (DateTimeParseException e) {
            throw error.apply("Not an ISO 8601 date (yyyy-mm-dd): " + text);
        }
    }
}
