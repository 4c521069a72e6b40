package org.innograph.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The one seeded {@link Random} a generator draws everything from, with the draws both generators make. A
 * {@code Random} itself, so that every draw, these and the generators' own, comes from the one sequence the
 * seed fixes.
 */
final class SeededDraws extends Random {

    SeededDraws(long seed) {
        super(seed);
    }

    /** One of the items. */
    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    /** {@code count} distinct items (all of them if fewer), in drawn order. */
    <T> List<T> distinct(List<T> items, int count) {
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, this);
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }

    /** A day from the first of January of {@code fromYear} to about the end of {@code toYear}. */
    LocalDate date(int fromYear, int toYear) {
        return LocalDate.of(fromYear, 1, 1).plusDays(nextInt(365 * (toYear - fromYear + 1)));
    }
}
