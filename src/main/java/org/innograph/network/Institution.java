package org.innograph.network;

import java.time.LocalDate;
import java.util.List;

/** A university, research institute, enterprise or agency (from the Research Organization Registry). */
public record Institution(
        String id, String name, List<String> aliases, LocalDate since, LocalDate until, Provenance provenance,
        String rorId, List<String> types, String countryCode, String city, Double lat, Double lng,
        Integer established) implements NetworkNode {

    @Override
    public Kind kind() {
        return Kind.INSTITUTION;
    }
}
