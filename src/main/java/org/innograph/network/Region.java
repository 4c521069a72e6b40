package org.innograph.network;

import java.time.LocalDate;
import java.util.List;

/** A grouping of countries: a UN M49 continent, sub-region or intermediate region, or a bloc. */
public record Region(
        String id, String name, List<String> aliases, LocalDate since, LocalDate until, Provenance provenance,
        String code, String regionKind) implements NetworkNode {

    @Override
    public Kind kind() {
        return Kind.REGION;
    }
}
