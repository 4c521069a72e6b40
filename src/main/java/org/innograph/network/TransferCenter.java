package org.innograph.network;

import java.time.LocalDate;
import java.util.List;

/** A cross-border technology-transfer centre serving one or more regions. */
public record TransferCenter(
        String id, String name, List<String> aliases, LocalDate since, LocalDate until, Provenance provenance) implements NetworkNode {

    @Override
    public Kind kind() {
        return Kind.TRANSFER_CENTER;
    }
}
