package org.innograph.graphql;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a cursor-paginated list, shaped as a GraphQL connection.
 *
 * @param totalCount how many items match in all pages; null when the client did not ask for it, so it
 *     was never counted.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Long totalCount) {

    /** The page's items without their cursors. */
    public List<T> nodes() {
        return edges.stream().map(Edge::node).toList();
    }

    /**
     * Builds the page from up to {@code first + 1} fetched rows: the extra one only tells that a next page
     * exists.
     */
    public static <R, T> Connection<T> of(List<R> fetched, PageRequest page, Function<R, T> item,
            Function<R, Cursor> cursor, Long totalCount) {
        boolean hasNext = fetched.size() > page.first();
        List<Edge<T>> edges = fetched.stream().limit(page.first())
                .map(row -> new Edge<>(cursor.apply(row).encode(), item.apply(row))).toList();
        return new Connection<>(edges, PageInfo.of(hasNext, page.after() != null, edges.stream().map(Edge::cursor).toList()),
                totalCount);
    }

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

        /** The page info of a page whose edges have these cursors, in order. */
        public static PageInfo of(boolean hasNextPage, boolean hasPreviousPage, List<String> cursors) {
            return new PageInfo(hasNextPage, hasPreviousPage, cursors.isEmpty() ? null : cursors.get(0),
                    cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
        }
    }
}
