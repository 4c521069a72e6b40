package org.innograph.ingest;

/**
 * A row an import did not write, and why. {@code line} is the row's first line in its file (1 is the header of a
 * CSV file); 0 when the problem is the file itself. {@code column} is the column at fault, or empty.
 */
public record Problem(String file, long line, String column, String reason) {

    @Override
    public String toString() {
        return "%s:%d%s: %s".formatted(file, line, column.isEmpty() ? "" : " [" + column + "]", reason);
    }
}
