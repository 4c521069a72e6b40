package org.innograph.graphql;

/** A setting switches the operation off; answered as FORBIDDEN with the setting's name. */
public class ForbiddenException extends RuntimeException {

    private final String setting;

    public ForbiddenException(String message, String setting) {
        super(message);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
