package org.innograph.network;

import java.time.LocalDate;
import java.util.List;

/** A field of science and technology. */
public record Field(
        String id, String name, List<String> aliases, LocalDate since, LocalDate until, Provenance provenance,
        String code) implements NetworkNode {

    @Override
    public Kind kind() {
        return Kind.FIELD;
    }
}
