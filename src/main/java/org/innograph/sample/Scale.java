package org.innograph.sample;

import java.util.Locale;

/**
 * A size of generated network, as the number of relationships it should have (derived COOPERATES_WITH
 * included): {@code 10k}, {@code 100k}, {@code 1m}, {@code 10m} or a plain count such as {@code 2500}.
 */
public record Scale(String name, long relationships) {

    public Scale {
        if (relationships < 500) {
            throw new IllegalArgumentException("innograph.sample.scale: at least 500 relationships, was " + name);
        }
    }

    public static Scale parse(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        long factor = lower.endsWith("k") ? 1_000 : lower.endsWith("m") ? 1_000_000 : 1;
        String digits = factor == 1 ? lower : lower.substring(0, lower.length() - 1);
        try {
            return new Scale(lower, Math.round(Double.parseDouble(digits) * factor));
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("innograph.sample.scale: a size such as 10k, 100k, 1m or 2500, was " + text, e);
        }
    }
}
