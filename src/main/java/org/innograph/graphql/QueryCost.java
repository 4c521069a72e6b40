package org.innograph.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * What a query would cost, measured on its document (fragments expanded, variables applied) before any of
 * it runs.
 *
 * <ul>
 *   <li>{@code cost}: each field costs 1 for every time it can be answered, i.e. the product of the sizes of
 *   the lists around it. A list's size is the {@code first}, {@code limit} or {@code k} of the field that
 *   returns it (or of its connection: {@code labs(first: 50) { nodes }}), and without one the cap of child
 *   lists. A field with such an argument also costs the rows it reads.</li>
 *   <li>{@code depth}: how deep fields nest; {@code aliases} and {@code rootFields} are counted after
 *   fragments are expanded, so a fragment spread cannot hide them.</li>
 * </ul>
 * Introspection ({@code __schema}, {@code __type}, {@code __typename}) costs nothing here: GraphQL Java's
 * good-faith introspection check bounds it.
 */
record QueryCost(long cost, int depth, int aliases, int rootFields, int fields) {

    private static final Set<String> SLICING_ARGUMENTS = Set.of("first", "limit", "k");

    static QueryCost of(ExecutableNormalizedOperation operation, GraphQLSchema schema, ApiProperties api) {
        var counter = new Counter(schema, api);
        long cost = 0;
        int rootFields = 0;
        for (ExecutableNormalizedField root : operation.getTopLevelFields()) {
            if (!isIntrospection(root)) {
                rootFields++;
                cost = saturatedAdd(cost, counter.cost(root, 1, null));
            }
        }
        return new QueryCost(cost, counter.depth, counter.aliases, rootFields, operation.getOperationFieldCount());
    }

    /** What a client sees of it in the response's {@code extensions.cost}. */
    Map<String, Object> toExtension(ApiProperties api) {
        var extension = new LinkedHashMap<String, Object>();
        extension.put("value", cost);
        extension.put("limit", api.maxCost());
        extension.put("depth", depth);
        extension.put("maxDepth", api.maxDepth());
        return extension;
    }

    private static final class Counter {

        private final GraphQLSchema schema;
        private final ApiProperties api;
        private int depth;
        private int aliases;

        Counter(GraphQLSchema schema, ApiProperties api) {
            this.schema = schema;
            this.api = api;
        }

        /**
         * The cost of a field answered {@code times} times, with its subtree. {@code pendingSize} is the
         * slicing argument of the connection-like field above, which sizes the first lists beneath it.
         */
        long cost(ExecutableNormalizedField field, long times, Long pendingSize) {
            if (isIntrospection(field)) {
                return 0;
            }
            depth = Math.max(depth, field.getLevel());
            if (field.getAlias() != null) {
                aliases++;
            }
            GraphQLFieldDefinition definition = field.getFieldDefinitions(schema).get(0);
            Long slice = slice(field, definition);
            long size = 1;
            Long forChildren = null;
            if (GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definition.getType()))) {
                size = slice != null ? slice : pendingSize != null ? pendingSize : api.maxRelated();
            }
            else {
                forChildren = slice;
            }
            long cost = saturatedAdd(times, slice == null ? 0 : saturatedMultiply(times, slice));
            long answered = saturatedMultiply(times, size);
            for (ExecutableNormalizedField child : field.getChildren()) {
                cost = saturatedAdd(cost, cost(child, answered, forChildren));
            }
            return cost;
        }

        /** The field's first/limit/k; a {@code first} left out means the default page size. */
        private Long slice(ExecutableNormalizedField field, GraphQLFieldDefinition definition) {
            for (String name : SLICING_ARGUMENTS) {
                if (definition.getArgument(name) != null) {
                    Object value = field.getResolvedArguments().get(name);
                    if (value instanceof Number number) {
                        return Math.max(0, number.longValue());
                    }
                    return name.equals("first") ? (long) api.defaultPageSize() : null;
                }
            }
            return null;
        }
    }

    private static boolean isIntrospection(ExecutableNormalizedField field) {
        return field.getName().startsWith("__");
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long product = a * b;
        return high != 0 || product < 0 ? Long.MAX_VALUE : product;
    }
}
