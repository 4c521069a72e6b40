package org.innograph.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.neo4j.driver.Value;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.token.api.TokenConstants;

/**
 * {@code network/list-nodes-from-place.cypher} on Neo4j's Core API, for a list whose only filter is one
 * country or one region: the nodes of the kind reached from the place by the same ways (located in or signed
 * with one of its countries, in the region itself, or taken part in by an institution located in one of its
 * countries), in sort-key order, the page after a sort key and how many there are in all. Where the file's
 * rule, from the same counts, sends the list to the kind's index, the page is walked from that index as
 * {@code network/list-nodes.cypher} walks it (the service gives the walk a crossover of its own, as an index
 * entry costs it less); past the budget it answers nothing and the files do. It stands
 * in for the two files, whose planning and runtime took 5.0 ms of every listing of a region's institutions at
 * 1m and 10.9 ms more where the index paged it (the nested listing's 14 ms). {@code NodeListingTest} holds it
 * to the files' pages and totals.
 */
final class PlaceListingTraversal {

    private static final Label ENTITY = Label.label("Entity");
    private static final Label COUNTRY = Label.label(Kind.COUNTRY.label());
    private static final Label REGION = Label.label(Kind.REGION.label());
    private static final Label INSTITUTION = Label.label(Kind.INSTITUTION.label());
    private static final RelationshipType IN_REGION = RelationshipType.withName(EdgeKind.IN_REGION.name());
    private static final RelationshipType LOCATED_IN = RelationshipType.withName(EdgeKind.LOCATED_IN.name());
    private static final RelationshipType SIGNED = RelationshipType.withName(EdgeKind.SIGNED.name());
    private static final RelationshipType[] INVOLVEMENT = EdgeKind.INVOLVEMENT.stream()
            .map(kind -> RelationshipType.withName(kind.name())).toArray(RelationshipType[]::new);
    private static final Comparator<Candidate> BY_SORT_KEY = Comparator.comparing(Candidate::sortKey, CypherText.ORDER);

    private final Kind kind;
    private final String country;
    private final String region;
    private final String after;
    private final int limit;
    private final List<String> properties;
    /** {@code properties} as the Core API reads them from a node, in one pass. */
    private final String[] read;
    private final int budget;
    private final double crossover;

    /**
     * Exactly one of {@code country} and {@code region}; {@code after} a sort key, "" for the first page;
     * {@code budget} and {@code crossover} as the file's parameters (a crossover below 1 sends lists to the index sooner).
     */
    PlaceListingTraversal(Kind kind, String country, String region, String after, int limit, List<String> properties,
            int budget, double crossover) {
        this.kind = kind;
        this.country = country;
        this.region = region;
        this.after = after;
        this.limit = limit;
        this.properties = properties;
        this.read = properties.toArray(String[]::new);
        this.budget = budget;
        this.crossover = crossover;
    }

    /**
     * What the file answers: its page and total, or none where the kind's index finds the page sooner
     * ({@code byIndex}); and how many ways lead into the place, where it counted them all ({@code here}).
     * A page item is what the file returns: {@code properties} (in the order asked), {@code position},
     * {@code elementId}.
     */
    record Found(Optional<Page> page, Long here) {
    }

    /** {@code total} is {@link #NOT_COUNTED} where the index gave the page, as the file counts none then. */
    record Page(List<Value> items, long total) {
    }

    static final long NOT_COUNTED = -1;

    private record Candidate(String sortKey, Node node) {
    }

    Found walk(Transaction tx) {
        KernelTransaction kernel = ((InternalTransaction) tx).kernelTransaction();
        List<Node> countries = placeCountries(tx);
        Label label = Label.label(kind.label());
        boolean involvable = involvable(kernel, kind);
        long located = 0;
        for (Node place : countries) {
            located += place.getDegree(LOCATED_IN, Direction.BOTH) + place.getDegree(SIGNED, Direction.BOTH);
        }
        long involved = 0;
        if (involvable && located <= budget) {
            for (Node place : countries) {
                for (Relationship location : place.getRelationships(Direction.INCOMING, LOCATED_IN)) {
                    if (location.getStartNode().hasLabel(INSTITUTION)) {
                        for (RelationshipType type : INVOLVEMENT) {
                            involved += location.getStartNode().getDegree(type, Direction.OUTGOING);
                        }
                    }
                }
            }
        }
        long here = located + involved;
        Long hereWhole = !involvable || located <= budget ? here : null;
        // The file's rule, with its counts: past the budget, nothing; where the index tries fewer nodes for a
        // page, list-nodes.cypher's page (walked here below, from the index) and no total.
        if (here > budget) {
            return new Found(Optional.empty(), hereWhole);
        }
        Set<Node> reached = reached(tx, countries, label, involvable);
        if ((double) here * here > (double) crossover * limit * everywhere(kernel, involvable)) {
            return new Found(Optional.of(new Page(byIndex(tx, reached), NOT_COUNTED)), hereWhole);
        }
        var passed = new ArrayList<Candidate>(reached.size());
        for (Node node : reached) {
            // A node with no sort key (no name) is in no page and no total, as in the file.
            Map<String, Object> keyed = node.getProperties("kind", "sortKey");
            if (node.hasLabel(ENTITY) && kind.name().equals(keyed.get("kind")) && keyed.get("sortKey") instanceof String sortKey
                    && !sortKey.isEmpty()) {
                passed.add(new Candidate(sortKey, node));
            }
        }
        passed.sort(BY_SORT_KEY);
        var items = new ArrayList<Value>(limit);
        for (Candidate candidate : passed) {
            if (items.size() == limit) {
                break;
            }
            if (CypherText.ORDER.compare(candidate.sortKey(), after) > 0) {
                items.add(item(candidate.node(), candidate.sortKey()));
            }
        }
        return new Found(Optional.of(new Page(items, passed.size())), hereWhole);
    }

    /** The nodes of the kind's label the place's ways lead to, not read yet. */
    private Set<Node> reached(Transaction tx, List<Node> countries, Label label, boolean involvable) {
        Set<Node> reached = new LinkedHashSet<>();
        for (Node place : countries) {
            for (Relationship way : place.getRelationships(Direction.BOTH, LOCATED_IN, SIGNED)) {
                Node other = way.getOtherNode(place);
                if (other.hasLabel(label)) {
                    reached.add(other);
                }
            }
            if (!involvable) {
                continue;
            }
            for (Relationship location : place.getRelationships(Direction.INCOMING, LOCATED_IN)) {
                Node institution = location.getStartNode();
                if (institution.hasLabel(INSTITUTION)) {
                    for (Relationship involvement : institution.getRelationships(Direction.OUTGOING, INVOLVEMENT)) {
                        if (involvement.getEndNode().hasLabel(label)) {
                            reached.add(involvement.getEndNode());
                        }
                    }
                }
            }
        }
        if (region != null) {
            Node regionNode = tx.findNode(REGION, "id", region);
            if (regionNode != null) {
                for (Relationship membership : regionNode.getRelationships(Direction.INCOMING, IN_REGION)) {
                    if (membership.getStartNode().hasLabel(label)) {
                        reached.add(membership.getStartNode());
                    }
                }
            }
        }
        return reached;
    }

    /**
     * {@code list-nodes.cypher}'s page for a place-only filter: the kind's nodes from its sort-key index, those
     * the place's ways reach. Where the rule sends a list here the place holds a large share of the kind, so
     * few index entries are passed over.
     */
    @SuppressWarnings("deprecation") // the index gives node references, which the Core API reads by their numeric id
    private List<Value> byIndex(Transaction tx, Set<Node> reached) {
        Set<Long> members = new HashSet<>(reached.size() * 2);
        reached.forEach(node -> members.add(node.getId()));
        return SortKeyIndex.items(tx, kind, after, limit, members::contains, properties, read);
    }

    /** A page item as the file returns it. */
    private Value item(Node node, String sortKey) {
        return SortKeyIndex.item(node, sortKey, properties, read);
    }

    /** The country, or the region's countries: those the file's ways start from. */
    private List<Node> placeCountries(Transaction tx) {
        if (country != null) {
            Node place = tx.findNode(COUNTRY, "id", country);
            return place == null ? List.of() : List.of(place);
        }
        Node place = tx.findNode(REGION, "id", region);
        if (place == null) {
            return List.of();
        }
        var countries = new ArrayList<Node>();
        for (Relationship membership : place.getRelationships(Direction.INCOMING, IN_REGION)) {
            if (membership.getStartNode().hasLabel(COUNTRY)) {
                countries.add(membership.getStartNode());
            }
        }
        return countries;
    }

    /** Whether any edge of involvement ends at a node of the kind, from the count store, as the file asks. */
    private static boolean involvable(KernelTransaction kernel, Kind kind) {
        TokenRead tokens = kernel.tokenRead();
        int label = tokens.nodeLabel(kind.label());
        return label != TokenConstants.NO_TOKEN && Stream.of(INVOLVEMENT).map(type -> tokens.relationshipType(type.name()))
                .anyMatch(type -> type != TokenConstants.NO_TOKEN
                        && kernel.dataRead().countsForRelationship(TokenConstants.ANY_LABEL, type, label) > 0);
    }

    /** The ways into every place, from the count store: the file's {@code everywhere}. */
    private static long everywhere(KernelTransaction kernel, boolean involvable) {
        TokenRead tokens = kernel.tokenRead();
        long ways = 0;
        for (RelationshipType type : new RelationshipType[] {LOCATED_IN, SIGNED}) {
            ways += count(kernel, TokenConstants.ANY_LABEL, tokens.relationshipType(type.name()));
        }
        if (involvable) {
            int institution = tokens.nodeLabel(INSTITUTION.name());
            for (RelationshipType type : INVOLVEMENT) {
                ways += institution == TokenConstants.NO_TOKEN ? 0 : count(kernel, institution, tokens.relationshipType(type.name()));
            }
        }
        return ways;
    }

    private static long count(KernelTransaction kernel, int startLabel, int type) {
        return type == TokenConstants.NO_TOKEN ? 0 : kernel.dataRead().countsForRelationship(startLabel, type, TokenConstants.ANY_LABEL);
    }
}
