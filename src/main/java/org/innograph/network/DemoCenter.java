package org.innograph.network;

import java.time.LocalDate;
import java.util.List;

/** An agricultural technology demonstration centre. */
public record DemoCenter(
        String id, String name, List<String> aliases, LocalDate since, LocalDate until, Provenance provenance,
        List<String> crops) implements NetworkNode {

    @Override
    public Kind kind() {
        return Kind.DEMO_CENTER;
    }
}
