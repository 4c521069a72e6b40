package org.innograph.network;

import java.time.LocalDate;
import java.util.List;

/** An intergovernmental S&T cooperation agreement; since is the date it was signed. */
public record Agreement(
        String id, String name, List<String> aliases, LocalDate since, LocalDate until, Provenance provenance,
        String agreementKind) implements NetworkNode {

    @Override
    public Kind kind() {
        return Kind.AGREEMENT;
    }
}
