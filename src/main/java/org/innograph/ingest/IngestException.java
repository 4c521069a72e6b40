package org.innograph.ingest;

/** A write that could not be applied; the message names the offending row. */
public class IngestException extends RuntimeException {

    public IngestException(String message) {
        super(message);
    }
}
