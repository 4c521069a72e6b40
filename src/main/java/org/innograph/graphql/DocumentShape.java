package org.innograph.graphql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * The shape of a parsed document, measured before GraphQL Java validates it: how many fields it has at
 * the top and in all, how many are aliased, and how deep they nest, with fragments expanded. Validating
 * 900 aliased fields costs GraphQL Java hundreds of milliseconds, so these bounds are checked first; the
 * walk itself stops at {@code maxFields} and ignores fragment cycles, which validation then reports.
 */
record DocumentShape(int rootFields, int aliases, int depth, int fields, boolean cutShort) {

    static DocumentShape of(Document document, String operationName, int maxFields) {
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (first, again) -> first));
        var walk = new Walk(fragments, maxFields);
        int rootFields = 0;
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (operationName == null || operationName.equals(operation.getName())) {
                rootFields += walk.count(operation.getSelectionSet(), 1);
            }
        }
        return new DocumentShape(rootFields, walk.aliases, walk.depth, walk.fields, walk.fields > maxFields);
    }

    private static final class Walk {

        private final Map<String, FragmentDefinition> fragments;
        private final int maxFields;
        private final Deque<String> spreading = new ArrayDeque<>();
        private int aliases;
        private int depth;
        private int fields;

        Walk(Map<String, FragmentDefinition> fragments, int maxFields) {
            this.fragments = fragments;
            this.maxFields = maxFields;
        }

        /** Counts the fields of a selection set at {@code level}; returns how many sit directly in it. */
        int count(SelectionSet selections, int level) {
            int direct = 0;
            if (selections == null) {
                return 0;
            }
            for (Selection<?> selection : selections.getSelections()) {
                if (fields > maxFields) {
                    return direct;
                }
                if (selection instanceof Field field) {
                    if (field.getName().startsWith("__")) {
                        continue; // introspection: bounded by GraphQL Java's good-faith check
                    }
                    direct++;
                    fields++;
                    depth = Math.max(depth, level);
                    if (field.getAlias() != null) {
                        aliases++;
                    }
                    count(field.getSelectionSet(), level + 1);
                }
                else if (selection instanceof InlineFragment inline) {
                    direct += count(inline.getSelectionSet(), level);
                }
                else if (selection instanceof FragmentSpread spread && !spreading.contains(spread.getName())
                        && fragments.containsKey(spread.getName())) {
                    spreading.push(spread.getName());
                    direct += count(fragments.get(spread.getName()).getSelectionSet(), level);
                    spreading.pop();
                }
            }
            return direct;
        }
    }
}
