package org.innograph.search;

import org.innograph.graphql.InvalidArgumentException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LuceneQueryTest {

    @Test
    void matchesThePhraseOrEveryWordWithTheLastAlsoAsAPrefix() {
        assertThat(LuceneQuery.of("tsinghua univ"))
                .isEqualTo(new LuceneQuery(NameIndex.FOLDED, "\"tsinghua univ\"^2 OR (tsinghua AND (univ OR univ*))"));
    }

    @Test
    void escapesEveryLuceneOperator() {
        assertThat(LuceneQuery.of("a:b (c) \"d\" e*").text())
                .isEqualTo("\"a\\:b \\(c\\) \\\"d\\\" e\\*\"^2 OR (a\\:b AND \\(c\\) AND \\\"d\\\" AND (e\\* OR e*))");
    }

    @Test
    void booleanWordsAreSearchedForNotObeyed() {
        assertThat(LuceneQuery.of("rice OR NOT").text()).isEqualTo("\"rice OR NOT\"^2 OR (rice AND or AND (not OR not*))");
    }

    @Test
    void thePrefixIsFoldedLikeTheWordsOfTheIndexBecauseLuceneDoesNotAnalysePrefixes() {
        assertThat(LuceneQuery.of("Universidad Católi").text()).endsWith("(universidad AND (católi OR catoli*))");
        assertThat(LuceneQuery.of("Straß").text()).endsWith("((straß OR strass*))");
    }

    @Test
    void punctuationAroundTheLastWordIsNotPartOfThePrefix() {
        assertThat(LuceneQuery.of("Institut Mérieux (Fra").text()).endsWith("(\\(fra OR fra*))");
    }

    @Test
    void lowerCasesOneCharacterAtATimeAsTheIndexDoes() {
        // String.toLowerCase would give "i̇stanbul", with a combining dot above the i.
        assertThat(LuceneQuery.of("İSTANBUL").text()).endsWith("((istanbul OR istanbul*))");
    }

    @Test
    void aLetterTypedWithACombiningAccentIsTheComposedLetter() {
        assertThat(LuceneQuery.of("Cafe\u0301").text()).isEqualTo("\"Café\"^2 OR ((café OR cafe*))");
    }

    @Test
    void chineseJapaneseAndKoreanWordsArePhrasesOfTheBigramIndex() {
        assertThat(LuceneQuery.of("复旦大学")).isEqualTo(new LuceneQuery(NameIndex.CJK, "\"复旦大学\"^2 OR (\"复旦大学\")"));
        assertThat(LuceneQuery.of("Fudan 大学")).isEqualTo(new LuceneQuery(NameIndex.CJK, "\"Fudan 大学\"^2 OR (fudan AND \"大学\")"));
    }

    @Test
    void aSingleHanCharacterMatchesAnyBigramItIsPartOf() {
        assertThat(LuceneQuery.of("清").text()).isEqualTo("\"清\"^2 OR ((清 OR 清* OR *清))");
    }

    @Test
    void anIdeographicSpaceSeparatesWords() {
        assertThat(LuceneQuery.of("東京\u3000大学").text()).isEqualTo("\"東京 大学\"^2 OR (\"東京\" AND \"大学\")");
    }

    @Test
    void aThaiWordMatchesInsideTheRunOfWordsItIsWrittenIn() {
        assertThat(LuceneQuery.of("มหิดล")).isEqualTo(new LuceneQuery(NameIndex.FOLDED, "\"มหิดล\"^2 OR ((มหิดล OR *มหิดล*))"));
    }

    @Test
    void blankOrOverlongTextIsRefusedNamingTheArgument() {
        assertThatThrownBy(() -> LuceneQuery.of(" ")).isInstanceOf(InvalidArgumentException.class)
                .satisfies(e -> assertThat(((InvalidArgumentException) e).argument()).isEqualTo("text"));
        assertThatThrownBy(() -> LuceneQuery.of("\u3000")).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> LuceneQuery.of("x".repeat(201))).isInstanceOf(InvalidArgumentException.class);
    }
}
