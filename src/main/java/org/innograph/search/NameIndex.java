package org.innograph.search;

import java.lang.Character.UnicodeScript;

import org.innograph.network.CjkNames;

/**
 * The full-text indexes of names and aliases ({@code cypher/migrations/V003__search_folding.cypher}), and
 * which one a search text goes to.
 */
enum NameIndex {

    /** Words lower-cased and folded to ASCII ('standard-folding'); Han and kana are single characters here. */
    FOLDED("entity_names_folded"),

    /**
     * Han, kana and Hangul as overlapping character bigrams ('cjk'); other words lower-cased, not folded. Only
     * nodes labelled {@link CjkNames#LABEL} are in it: a text sent here has such a character, and so has every hit.
     */
    CJK("entity_names_cjk");

    private final String indexName;

    NameIndex(String indexName) {
        this.indexName = indexName;
    }

    String indexName() {
        return indexName;
    }

    /** Text with any Chinese, Japanese or Korean character goes to the bigram index, all else to the folded one. */
    static NameIndex forText(String text) {
        return text.codePoints().anyMatch(CjkNames::isCjk) ? CJK : FOLDED;
    }

    /**
     * Scripts written without spaces between words that both analyzers keep as one token from space to space
     * (there is no built-in word breaker for Lao, Khmer or Myanmar).
     */
    static boolean isUnspacedRun(int codePoint) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        return script == UnicodeScript.THAI || script == UnicodeScript.LAO || script == UnicodeScript.KHMER
                || script == UnicodeScript.MYANMAR;
    }
}
