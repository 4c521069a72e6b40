package org.innograph.database;

/** A query was not started, or was ended, because its request is over. */
public class RequestStoppedException extends RuntimeException {

    private final RequestDeadline.Stop reason;

    public RequestStoppedException(RequestDeadline.Stop reason) {
        super("The request was stopped: " + reason);
        this.reason = reason;
    }

    public RequestDeadline.Stop reason() {
        return reason;
    }
}
