package org.innograph.gaps;

import java.time.LocalDate;

/** The {@code gaps} object: the date every report of it is asked for (null: now, everything). */
public record GapReports(LocalDate asOf) {
}
