package org.innograph.search;

import org.innograph.graphql.InvalidArgumentException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LuceneQueryTest {

    @Test
    void matchesThePhraseOrEveryWordWithTheLastAlsoAsAPrefix() {
        assertThat(LuceneQuery.of("tsinghua univ"))
                .isEqualTo("\"tsinghua univ\"^2 OR (tsinghua AND (univ OR univ*))");
    }

    @Test
    void escapesEveryLuceneOperator() {
        assertThat(LuceneQuery.of("a:b (c) \"d\" e*"))
                .isEqualTo("\"a\\:b \\(c\\) \\\"d\\\" e\\*\"^2 OR (a\\:b AND \\(c\\) AND \\\"d\\\" AND (e\\* OR e\\**))");
    }

    @Test
    void booleanWordsAreSearchedForNotObeyed() {
        assertThat(LuceneQuery.of("rice OR NOT")).isEqualTo("\"rice OR NOT\"^2 OR (rice AND or AND (not OR not*))");
    }

    @Test
    void blankOrOverlongTextIsRefusedNamingTheArgument() {
        assertThatThrownBy(() -> LuceneQuery.of(" ")).isInstanceOf(InvalidArgumentException.class)
                .satisfies(e -> assertThat(((InvalidArgumentException) e).argument()).isEqualTo("text"));
        assertThatThrownBy(() -> LuceneQuery.of("x".repeat(201))).isInstanceOf(InvalidArgumentException.class);
    }
}
