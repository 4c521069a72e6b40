package org.innograph.network;

import java.time.LocalDate;
import java.util.List;

/** A technical exchange or matchmaking activity; since is the day it was held. */
public record Activity(
        String id, String name, List<String> aliases, LocalDate since, LocalDate until, Provenance provenance,
        String activityKind, String city) implements NetworkNode {

    @Override
    public Kind kind() {
        return Kind.ACTIVITY;
    }
}
