package org.innograph.network;

import java.time.LocalDate;

/** An institution's part in a lab, centre, park or project, as its edge records it. */
public record Participation(Institution institution, String role, LocalDate since, LocalDate until, Provenance provenance) {
}
