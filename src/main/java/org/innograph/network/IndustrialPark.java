package org.innograph.network;

import java.time.LocalDate;
import java.util.List;

/** An overseas industrial or economic cooperation park. */
public record IndustrialPark(
        String id, String name, List<String> aliases, LocalDate since, LocalDate until, Provenance provenance) implements NetworkNode {

    @Override
    public Kind kind() {
        return Kind.INDUSTRIAL_PARK;
    }
}
