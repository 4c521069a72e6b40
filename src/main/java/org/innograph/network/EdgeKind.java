package org.innograph.network;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of edge (Neo4j relationship types), written from the actor towards what it takes part in.
 */
public enum EdgeKind {
    /** Country to a region it belongs to (continent, sub-region, bloc...). */
    IN_REGION,
    /** Region to its parent region; institution to its parent institution. */
    PART_OF,
    /** Institution, lab, centre, park or activity to the country it is in. */
    LOCATED_IN,
    /** Institution to a related institution (undirected in meaning). */
    RELATED_TO,
    /** Institution to the institution it replaced. */
    SUCCEEDS,
    /** Institution to a joint lab it runs with partners from other countries. */
    PARTNER_OF,
    /** Institution to a park, demo centre or transfer centre it operates. */
    OPERATES,
    /** Institution to a cooperation project, with its role. */
    PARTICIPATES_IN,
    /** Joint lab to a project it hosts. */
    RUNS,
    /** Institution to an exchange or matchmaking activity it organises. */
    ORGANISES,
    /** Institution to an activity it attends. */
    ATTENDS,
    /** Country to an intergovernmental S&T agreement it signed. */
    SIGNED,
    /** Transfer centre to a region it serves. */
    SERVES,
    /** Lab, centre, park, project or activity to a field of science and technology. */
    IN_FIELD,
    /**
     * Derived, never entered: institution to institution when they share labs, projects, parks or centres,
     * weighted by how many (see {@code paths/derive-cooperation.cypher}). Stored from the lower id to the
     * higher and read as undirected.
     */
    COOPERATES_WITH;

    /**
     * How an institution takes part in a joint lab, project, industrial park or centre: the facts that
     * {@code COOPERATES_WITH} is derived from and that region questions count. Countries take part in an
     * agreement by {@link #SIGNED} it, which {@code regions/participants.cypher} adds for agreements alone.
     */
    public static final Set<EdgeKind> PARTICIPATION = Collections.unmodifiableSet(
            EnumSet.of(PARTNER_OF, PARTICIPATES_IN, OPERATES));

    /**
     * How an institution is involved in a node for the country and region filters of lists and search (a
     * lab "in Kenya" has a Kenyan partner): taking part, and organising an activity. The Cypher of those
     * filters spells these types out, since a pattern with literal types expands only them;
     * {@code CypherFilesTest} checks every such pattern against this set.
     */
    public static final Set<EdgeKind> INVOLVEMENT = Collections.unmodifiableSet(
            EnumSet.of(PARTNER_OF, PARTICIPATES_IN, OPERATES, ORGANISES));

    /**
     * What a path follows when no edge kinds are asked for: taking part, and the derived cooperation
     * between those who take part together. Not membership, location, signature or hierarchy.
     */
    public static final Set<EdgeKind> COOPERATION = Collections.unmodifiableSet(
            EnumSet.of(PARTNER_OF, PARTICIPATES_IN, OPERATES, COOPERATES_WITH));
}
