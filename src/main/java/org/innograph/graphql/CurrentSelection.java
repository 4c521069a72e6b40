package org.innograph.graphql;

import java.util.Set;

import io.micrometer.context.ThreadLocalAccessor;

/**
 * The names of every field the current GraphQL operation selects, anywhere in it, fragments expanded, so
 * that queries fetch only the node properties some field of the answer can read. Carried into data
 * fetchers and batch loaders by context propagation, as {@code CurrentRequest} carries the deadline. A batch
 * loader serves every place a field appears, so one set for the whole operation is what it can use; it may
 * hold a name more than a given list needs, never one less.
 */
public final class CurrentSelection implements ThreadLocalAccessor<Set<String>> {

    /** The key under which the operation's field names sit in its {@code GraphQLContext}. */
    public static final String KEY = "innograph.selected-fields";

    private static final ThreadLocal<Set<String>> FIELDS = new ThreadLocal<>();

    /** The field names the current operation selects, or null outside a GraphQL request. */
    public static Set<String> fields() {
        return FIELDS.get();
    }

    @Override
    public Object key() {
        return KEY;
    }

    @Override
    public Set<String> getValue() {
        return FIELDS.get();
    }

    @Override
    public void setValue(Set<String> value) {
        FIELDS.set(value);
    }

    @Override
    public void setValue() {
        FIELDS.remove();
    }
}
