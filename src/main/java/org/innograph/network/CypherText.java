package org.innograph.network;

import java.util.Comparator;

/** How Cypher orders text, for walks on the Core API that must order as the Cypher files do. */
public final class CypherText {

    /**
     * Cypher's ascending order of strings: by Unicode code point. Java's own {@code compareTo} orders by UTF-16
     * unit, which differs where a character outside the Basic Multilingual Plane meets one above U+D7FF.
     */
    public static final Comparator<String> ORDER = CypherText::compare;

    private CypherText() {
    }

    private static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
