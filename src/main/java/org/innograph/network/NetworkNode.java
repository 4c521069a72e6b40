package org.innograph.network;

import java.time.LocalDate;
import java.util.List;

/**
 * Any node of the network. Each kind is a record of its own (its class name is its GraphQL type), sharing
 * these facts: a public id, a display name, other names, an optional time span and provenance.
 */
public sealed interface NetworkNode permits Region, Country, Institution, JointLab, TransferCenter,
        IndustrialPark, DemoCenter, Project, Activity, Agreement, Field {

    String id();

    String name();

    List<String> aliases();

    /** Start of the span in which the node exists (established, signed, started...), if known. */
    LocalDate since();

    /** End of the span (closed, ended...), if it has one. */
    LocalDate until();

    Provenance provenance();

    Kind kind();
}
