package org.innograph.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Keeps the parsed and validated documents of recent queries, keyed by their text, so a query sent again
 * (an app sends the same few documents with other variables) skips GraphQL Java's parser and validator:
 * about a fifth of the CPU of a request as small as {@code node(id)}.
 *
 * <p>Only documents that passed validation are kept: an invalid one is rare, and its errors speak the
 * request's locale. The cache is weighed in characters of query text ({@code innograph.api.document-cache}),
 * so distinct queries from a hostile client evict each other instead of growing the heap; the bounds that
 * the parse step checks are checked again on every execution ({@link RequestGuard#beginExecuteOperation}).
 */
final class ValidatedDocuments implements PreparsedDocumentProvider {

    private final Cache<String, PreparsedDocumentEntry> documents;
    private final boolean keeping;

    ValidatedDocuments(long maxCharacters) {
        this.keeping = maxCharacters > 0;
        this.documents = Caffeine.newBuilder().maximumWeight(maxCharacters)
                .<String, PreparsedDocumentEntry>weigher((query, document) -> query.length()).build();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry known = documents.getIfPresent(input.getQuery());
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (keeping && !entry.hasErrors()) {
            documents.put(input.getQuery(), entry);
        }
        return CompletableFuture.completedFuture(entry);
    }
}
