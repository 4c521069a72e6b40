package org.innograph.export;

/** An export request the service refuses before running anything, with its HTTP status and error code. */
class ExportRefused extends RuntimeException {

    private final int status;
    private final String code;
    private final String argument;

    ExportRefused(int status, String code, String argument, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.argument = argument;
    }

    static ExportRefused badArgument(String argument, String message) {
        return new ExportRefused(400, "BAD_USER_INPUT", argument, message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String argument() {
        return argument;
    }
}
