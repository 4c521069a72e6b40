package org.innograph.graphql;

/** A client sent an argument the API cannot accept; answered as BAD_USER_INPUT naming the argument. */
public class InvalidArgumentException extends RuntimeException {

    private final String argument;

    public InvalidArgumentException(String argument, String message) {
        super(message);
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }
}
