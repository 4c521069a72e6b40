package org.innograph.graphql;

/** The validated {@code first} and {@code after} arguments of a list field. */
public record PageRequest(int first, Cursor after) {

    public static PageRequest of(Integer first, String after, ApiProperties api) {
        int size = first == null ? api.defaultPageSize() : first;
        if (size < 0 || size > api.maxPageSize()) {
            throw new InvalidArgumentException("first",
                    "first must be between 0 and %d, was %d".formatted(api.maxPageSize(), size));
        }
        return new PageRequest(size, after == null ? null : Cursor.decode(after));
    }

    /** How many rows to fetch: one more than the page, to know whether there is a next page. */
    public int fetchSize() {
        return first + 1;
    }
}
