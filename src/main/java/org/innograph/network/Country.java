package org.innograph.network;

import java.time.LocalDate;
import java.util.List;

/** A country or territory with its ISO 3166 codes and UN M49 code. */
public record Country(
        String id, String name, List<String> aliases, LocalDate since, LocalDate until, Provenance provenance,
        String iso2, String iso3, String m49, String officialName, String nameZh, String capital,
        boolean sovereign, String wikidataId) implements NetworkNode {

    @Override
    public Kind kind() {
        return Kind.COUNTRY;
    }
}
