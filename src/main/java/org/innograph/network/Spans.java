package org.innograph.network;

import java.time.LocalDate;

import org.neo4j.graphdb.Entity;

/** Whether a node or an edge stands at a date, for walks on the Core API that must answer as the Cypher files do. */
public final class Spans {

    private Spans() {
    }

    /**
     * As the Cypher files' {@code (since IS NULL OR since <= $asOf) AND (until IS NULL OR until >= $asOf)} in a
     * {@code WHERE}: a missing bound holds every date, and one that is not a date holds none, as comparing it
     * with a date gives null there. Every date stands at a null {@code asOf}.
     */
    public static boolean standsAt(Entity entity, LocalDate asOf) {
        if (asOf == null) {
            return true;
        }
        Object since = entity.getProperty("since", null);
        Object until = entity.getProperty("until", null);
        return (since == null || since instanceof LocalDate s && !s.isAfter(asOf))
                && (until == null || until instanceof LocalDate u && !u.isBefore(asOf));
    }
}
