package org.innograph.graphql;

/** A client sent an argument the API cannot accept; answered as BAD_USER_INPUT naming the argument. */
public class InvalidArgumentException extends RuntimeException {

    private final String argument;

    public InvalidArgumentException(String argument, String message) {
        super(message);
        this.argument = argument;
    }

    /**
     * The value, if it lies between 1 and {@code max}; otherwise the error that names the argument, its range
     * and what was sent.
     */
    public static int requireBetweenOneAnd(String argument, int max, int value) {
        if (value < 1 || value > max) {
            throw new InvalidArgumentException(argument, "%s must be between 1 and %d, was %d".formatted(argument, max, value));
        }
        return value;
    }

    public String argument() {
        return argument;
    }
}
