package org.innograph.graphql;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of the GraphQL API. The defaults let every README example and explorer query through and refuse
 * what would take the service down; every bound is named, with the query's value, in the error that
 * enforces it.
 *
 * @param defaultPageSize items per page when a list field is asked for without {@code first}.
 * @param maxPageSize the largest {@code first} a client may ask for; more is a BAD_USER_INPUT error, not a
 *     silently shortened page.
 * @param maxRelated the most items a child list of a node holds ({@code partners}, {@code countries},
 *     {@code agreements}...), in name order; the query cost counts such lists at this size. The filtered
 *     top-level lists page through the rest.
 * @param maxDepth the deepest nesting of fields a query may have (QUERY_TOO_DEEP); introspection fields
 *     are bounded by GraphQL Java's good-faith introspection check instead.
 * @param maxCost the most a query may cost (QUERY_TOO_COSTLY): each field costs 1 for every time it can be
 *     answered, lists count at their {@code first}/{@code limit}/{@code k} or, without one, at
 *     {@code maxRelated}, and a field with such an argument also costs the rows it reads. Counting child lists at
 *     their cap over-estimates most queries (a lab has a few partners, not 100), hence a budget in millions:
 *     a page of 100 projects with their participants' countries and regions costs about a million.
 * @param maxAliases the most aliased fields a query may have (TOO_MANY_ALIASES), fragments expanded.
 * @param maxRootFields the most top-level fields a query may have (TOO_MANY_ROOT_FIELDS), fragments expanded.
 * @param maxFields the most fields a query may have once its fragments are expanded (QUERY_TOO_COSTLY);
 *     bounds the analysis itself against fragment bombs.
 * @param maxTokens the most lexical tokens a query document may have (QUERY_TOO_LARGE), so parsing stays
 *     cheap.
 * @param maxRequestSize the largest HTTP request body; a larger declared length is refused with 413
 *     before any of it is read, and a chunked body is cut off there.
 * @param requestTimeout how long a request may run: at the deadline no further field is fetched, its Neo4j
 *     transactions are terminated, and the answer is the data so far with a TIMEOUT error. A client may
 *     ask for less with {@code extensions.timeoutMs}, never for more.
 * @param maxResponseSize the largest answer, estimated while it is built (RESPONSE_TOO_LARGE). A client may
 *     ask for less with {@code extensions.maxResponseBytes}, never for more.
 * @param disconnectCheck how often a running request checks that its client is still connected; a
 *     client that left has its request cancelled and its transactions terminated.
 * @param documentCache how much query text (in characters, written as a size) whose parsed and validated
 *     documents are kept, so a query sent again is neither parsed nor validated again; the least recently
 *     used go first, and 0 keeps none. A document costs a few dozen times its text on the heap.
 * @param placeListingBudget the most ways into a list's country or region (a node located there, signed
 *     there, taken part in by an institution there) that are followed to find its page from the place's side,
 *     the nodes found held in memory to be sorted; past it, or where the place holds so much that it would
 *     cost more, the kind's name index is walked until a page passes the filter, and a total asked for is
 *     counted from the place (not held nor sorted) where that reads fewer edges than testing every node of the
 *     kind. 0 always walks the index and tests every node for a total.
 */
@ConfigurationProperties("innograph.api")
public record ApiProperties(
        @DefaultValue("20") int defaultPageSize,
        @DefaultValue("100") int maxPageSize,
        @DefaultValue("100") int maxRelated,
        @DefaultValue("10") int maxDepth,
        @DefaultValue("2000000") long maxCost,
        @DefaultValue("30") int maxAliases,
        @DefaultValue("20") int maxRootFields,
        @DefaultValue("10000") int maxFields,
        @DefaultValue("15000") int maxTokens,
        @DefaultValue("256KB") DataSize maxRequestSize,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("16MB") DataSize maxResponseSize,
        @DefaultValue("100ms") Duration disconnectCheck,
        @DefaultValue("512KB") DataSize documentCache,
        @DefaultValue("20000") int placeListingBudget) {

    /** The extension by which a client asks for a shorter deadline, in milliseconds. */
    public static final String TIMEOUT_MS = "timeoutMs";
    /** The extension by which a client asks for a smaller response-size cap, in bytes. */
    public static final String MAX_RESPONSE_BYTES = "maxResponseBytes";
    /** The extensions by which a client lowers its own bounds. */
    static final List<String> LOWERED_BOUNDS = List.of(TIMEOUT_MS, MAX_RESPONSE_BYTES);

    /** The request timeout, or less when the client asks for less with {@code extensions.timeoutMs}. */
    public Duration timeoutFor(Map<String, Object> extensions) {
        return Duration.ofMillis(lowered(extensions, TIMEOUT_MS, requestTimeout.toMillis()));
    }

    /** The response-size cap in bytes, or less when the client asks for less with {@code extensions.maxResponseBytes}. */
    public long responseLimitFor(Map<String, Object> extensions) {
        return lowered(extensions, MAX_RESPONSE_BYTES, maxResponseSize.toBytes());
    }

    /** Whether a value asked for in one of {@link #LOWERED_BOUNDS} is one: a positive whole number. */
    static boolean isLoweredBound(Object asked) {
        return (asked instanceof Integer || asked instanceof Long || asked instanceof BigInteger) && ((Number) asked).doubleValue() > 0;
    }

    private static long lowered(Map<String, Object> extensions, String name, long limit) {
        Object asked = extensions == null ? null : extensions.get(name);
        if (!isLoweredBound(asked)) {
            return limit;
        }
        // A whole number past a long asks for no less than the limit.
        return asked instanceof BigInteger big && big.bitLength() > 63 ? limit : Math.min(((Number) asked).longValue(), limit);
    }
}
