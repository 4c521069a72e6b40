package org.innograph.graphql;

/**
 * A bounded pool of long work (the network analyses) is full; answered as BUSY with the setting that bounds
 * it and its value, so the client knows to try again once a running one is done.
 */
public class BusyException extends RuntimeException {

    private final String setting;
    private final int limit;

    public BusyException(String message, String setting, int limit) {
        super(message);
        this.setting = setting;
        this.limit = limit;
    }

    public String setting() {
        return setting;
    }

    public int limit() {
        return limit;
    }
}
