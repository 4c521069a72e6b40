package org.innograph.network;

import java.time.LocalDate;
import java.util.List;

/** A joint laboratory run by partners from two or more countries. */
public record JointLab(
        String id, String name, List<String> aliases, LocalDate since, LocalDate until, Provenance provenance) implements NetworkNode {

    @Override
    public Kind kind() {
        return Kind.JOINT_LAB;
    }
}
