package org.innograph.network;

import java.time.LocalDate;
import java.util.List;

/** A cooperation project; since/until are its start and end. */
public record Project(
        String id, String name, List<String> aliases, LocalDate since, LocalDate until, Provenance provenance,
        String status) implements NetworkNode {

    @Override
    public Kind kind() {
        return Kind.PROJECT;
    }
}
