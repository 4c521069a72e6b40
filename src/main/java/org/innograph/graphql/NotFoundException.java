package org.innograph.graphql;

/** Nothing has the id a client asked for; answered as NOT_FOUND. */
public class NotFoundException extends RuntimeException {

    private final String id;

    public NotFoundException(String id) {
        super("No node with id '" + id + "'");
        this.id = id;
    }

    /** Nothing of another sort than a node has the id, as the message says. */
    public NotFoundException(String id, String message) {
        super(message);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
