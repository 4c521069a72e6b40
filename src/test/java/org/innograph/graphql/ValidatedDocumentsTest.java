package org.innograph.graphql;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cache of parsed and validated documents: what it keeps, and what it leaves to be checked again. */
class ValidatedDocumentsTest {

    private final AtomicInteger parsed = new AtomicInteger();
    private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    private static ExecutionInput query(String text) {
        return ExecutionInput.newExecutionInput(text).build();
    }

    @Test
    void aQuerySentAgainIsNotParsedAgain() {
        var documents = new ValidatedDocuments(10_000);
        var first = documents.getDocumentAsync(query("{ node(id: \"a\") { id } }"), parse).join();
        var again = documents.getDocumentAsync(query("{ node(id: \"a\") { id } }"), parse).join();
        assertThat(parsed).hasValue(1);
        assertThat(again.getDocument()).isSameAs(first.getDocument());
        documents.getDocumentAsync(query("{ node(id: \"b\") { id } }"), parse).join();
        assertThat(parsed).hasValue(2);
    }

    @Test
    void aDocumentThatFailedValidationIsCheckedEveryTime() {
        var documents = new ValidatedDocuments(10_000);
        Function<ExecutionInput, PreparsedDocumentEntry> invalid = input -> {
            parsed.incrementAndGet();
            return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("no such field").build());
        };
        documents.getDocumentAsync(query("{ nope }"), invalid).join();
        var again = documents.getDocumentAsync(query("{ nope }"), invalid).join();
        assertThat(parsed).hasValue(2);
        assertThat(again.hasErrors()).isTrue();
    }

    @Test
    void aDocumentRefusedWhileParsedIsNotKept() {
        var documents = new ValidatedDocuments(10_000);
        Function<ExecutionInput, PreparsedDocumentEntry> refuse = input -> {
            parsed.incrementAndGet();
            throw new IllegalStateException("too deep");
        };
        assertThatThrownBy(() -> documents.getDocumentAsync(query("{ a { b } }"), refuse)).hasMessage("too deep");
        documents.getDocumentAsync(query("{ a { b } }"), parse).join();
        assertThat(parsed).hasValue(2);
    }

    @Test
    void aCacheOfNoCharactersKeepsNothing() {
        var documents = new ValidatedDocuments(0);
        documents.getDocumentAsync(query("{ node(id: \"a\") { id } }"), parse).join();
        documents.getDocumentAsync(query("{ node(id: \"a\") { id } }"), parse).join();
        assertThat(parsed).hasValue(2);
    }
}
