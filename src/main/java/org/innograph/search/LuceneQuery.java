package org.innograph.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.regex.Pattern;

import org.innograph.network.CjkNames;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.innograph.graphql.InvalidArgumentException;

/**
 * What a person types, as a Lucene query of the name index its script picks, with every Lucene operator
 * escaped. Both are passed to Cypher as parameters, never spliced into a query.
 *
 * <p>The whole text counts double as a phrase. Besides that, every word must match:
 * <ul>
 *   <li>a word in Chinese, Japanese or Korean script as a phrase of the index's bigrams, so its characters
 *       must appear in this order (复旦大学 does not match 大连大学); a single such character anywhere;</li>
 *   <li>a word in Thai, Lao, Khmer or Myanmar script anywhere inside a word of the name, because these
 *       scripts run a name's words together and the index holds them from space to space;</li>
 *   <li>any other word as a word, the last one also as a prefix.</li>
 * </ul>
 * The index's analyzer lower-cases and folds the words and phrases; prefixes and wildcards are not analysed,
 * so this class lower-cases and folds them the same way.
 */
record LuceneQuery(NameIndex index, String text) {

    static final int MAX_LENGTH = 200;
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}\\p{M}]+$");

    static LuceneQuery of(String typed) {
        // NFC, so that a letter typed as base plus combining accent folds like the precomposed one; any
        // Unicode space (the ideographic one of Japanese input too) separates words.
        String normalized = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFC);
        String trimmed = SPACES.matcher(normalized).replaceAll(" ").strip();
        if (trimmed.isEmpty()) {
            throw new InvalidArgumentException("text", "text must not be blank");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidArgumentException("text", "text must be at most %d characters".formatted(MAX_LENGTH));
        }
        NameIndex index = NameIndex.forText(trimmed);
        // Lower-cased so that words such as AND, OR and NOT are searched for, not taken as operators.
        String[] words = lowerCase(trimmed).split(" ");
        var clauses = new ArrayList<String>();
        for (int i = 0; i < words.length; i++) {
            clauses.add(clause(words[i], i == words.length - 1, index));
        }
        return new LuceneQuery(index, "\"" + escape(trimmed) + "\"^2 OR (" + String.join(" AND ", clauses) + ")");
    }

    private static String clause(String word, boolean last, NameIndex index) {
        if (word.codePoints().anyMatch(CjkNames::isCjk)) {
            return word.codePointCount(0, word.length()) == 1
                    // One character makes no bigram: it may start or end one, or stand alone.
                    ? "(" + escape(word) + " OR " + escape(word) + "* OR *" + escape(word) + ")"
                    : "\"" + escape(word) + "\"";
        }
        if (word.codePoints().anyMatch(NameIndex::isUnspacedRun)) {
            return "(" + escape(word) + " OR *" + escape(word) + "*)";
        }
        if (!last) {
            return escape(word);
        }
        String prefix = EDGE_PUNCTUATION.matcher(word).replaceAll("");
        if (prefix.isEmpty()) {
            prefix = word;
        }
        return "(" + escape(word) + " OR " + escape(index == NameIndex.FOLDED ? folded(prefix) : prefix) + "*)";
    }

    /**
     * One character at a time, as the analyzers' LowerCaseFilter does: {@code String.toLowerCase} would turn
     * Turkish İ into i plus a combining dot, which no index holds.
     */
    private static String lowerCase(String text) {
        var lower = new StringBuilder(text.length());
        text.codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
        return lower.toString();
    }

    /** The folding of 'standard-folding' itself (Lucene's ASCIIFoldingFilter), for the prefix it does not analyse. */
    private static String folded(String word) {
        char[] in = word.toCharArray();
        char[] out = new char[in.length * 4];
        return new String(out, 0, ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length));
    }

    /** Lucene's own escaping, from the query parser Neo4j's full-text procedures use on the same text. */
    private static String escape(String text) {
        return QueryParserBase.escape(text);
    }
}
