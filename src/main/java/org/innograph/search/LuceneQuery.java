package org.innograph.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.innograph.graphql.InvalidArgumentException;

/**
 * Turns what a person types into a Lucene query for the full-text index, with every Lucene operator
 * escaped: the text is matched as a phrase, or word by word with the last word also as a prefix. The
 * result is passed to Cypher as a parameter, never spliced into a query.
 */
final class LuceneQuery {

    static final int MAX_LENGTH = 200;
    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private LuceneQuery() {
    }

    static String of(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidArgumentException("text", "text must not be blank");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidArgumentException("text", "text must be at most %d characters".formatted(MAX_LENGTH));
        }
        // Lower-cased so that words such as AND, OR and NOT are searched for, not taken as operators; the
        // index lower-cases what it stores too.
        List<String> words = Arrays.stream(trimmed.toLowerCase(Locale.ROOT).split("\\s+")).map(LuceneQuery::escape).toList();
        String last = words.get(words.size() - 1);
        String allWords = String.join(" AND ", words.subList(0, words.size() - 1))
                + (words.size() > 1 ? " AND " : "") + "(" + last + " OR " + last + "*)";
        return "\"" + escape(trimmed) + "\"^2 OR (" + allWords + ")";
    }

    private static String escape(String text) {
        var escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
