package org.innograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The import's column types against the JDK's own parsing. */
class ColumnsTest {

    @Test
    void readsADateAsLocalDateParseDoes() {
        var random = new Random(20261128);
        String alphabet = "0123456789-+ x";
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            String text;
            if (random.nextBoolean()) {
                text = "%04d-%02d-%02d".formatted(random.nextInt(10_000), random.nextInt(14), random.nextInt(33));
            }
            else {
                var chars = new StringBuilder();
                int length = 8 + random.nextInt(5);
                for (int c = 0; c < length; c++) {
                    chars.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                text = chars.toString();
            }
            String expected = outcome(() -> LocalDate.parse(text));
            assertThat(outcome(() -> Columns.date(text))).as(text).isEqualTo(expected);
            accepted += expected.startsWith("error") ? 0 : 1;
        }
        assertThat(accepted).as("dates accepted by both").isGreaterThan(10_000);
    }

    private static String outcome(java.util.function.Supplier<LocalDate> parse) {
        try {
            return parse.get().toString();
        }
        catch (DateTimeException e) {
            return "error";
        }
    }
}
