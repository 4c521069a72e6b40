package org.innograph.regions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.innograph.network.CypherText;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.innograph.network.Spans;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

/**
 * {@code regions/participants.cypher} on Neo4j's Core API, for the embedded database: the nodes of some
 * kinds, in kind and name order, each with those of its participants located in one of the regions. The
 * regions' countries are looked up once into a map, where the Cypher expands each participant's country to
 * all its regions; each node's incoming edges are read once for both ways of taking part; an institution is
 * read once however many things it takes part in; and no Cypher maps and lists are built. At 1m
 * relationships the labs connecting Europe and Asia took 61 ms by the Cypher and take 21 ms so (the service's
 * timer, 400 requests). {@code ParticipantsTraversalTest} checks it answers as the Cypher files do.
 *
 * <p>It finds the nodes of a kind by the kind's label, which every writer gives a node with its
 * {@code kind} (each label has its unique-id constraint), and keeps those that are an {@code Entity} of that
 * kind, as the Cypher's {@code x:Entity WHERE x.kind IN $kinds} does.
 */
final class ParticipantsTraversal {

    private static final Label ENTITY = Label.label("Entity");
    private static final Label REGION = Label.label("Region");
    private static final Label COUNTRY = Label.label("Country");
    private static final Label INSTITUTION = Label.label("Institution");
    private static final Label FIELD = Label.label("Field");
    private static final RelationshipType IN_REGION = RelationshipType.withName(EdgeKind.IN_REGION.name());
    private static final RelationshipType IN_FIELD = RelationshipType.withName(EdgeKind.IN_FIELD.name());
    private static final RelationshipType LOCATED_IN = RelationshipType.withName(EdgeKind.LOCATED_IN.name());
    private static final RelationshipType[] TAKING_PART = Stream.concat(EdgeKind.PARTICIPATION.stream(), Stream.of(EdgeKind.SIGNED))
            .map(kind -> RelationshipType.withName(kind.name())).toArray(RelationshipType[]::new);

    private final List<Kind> kinds;
    private final List<String> regions;
    private final String field;
    private final LocalDate asOf;

    ParticipantsTraversal(List<Kind> kinds, List<String> regions, String field, LocalDate asOf) {
        this.kinds = kinds.stream().sorted(Comparator.comparing(Kind::name, CypherText.ORDER)).toList();
        this.regions = regions;
        this.field = field;
        this.asOf = asOf;
    }

    /** A country of the regions asked about: its id, and those of the regions it is in. */
    private record Placed(String country, Set<String> regions) {
    }

    /** An institution taking part: its id, sort key, and where it is placed among the regions asked about. */
    private record Actor(String id, String sortKey, List<Placed> places) {
    }

    List<Cooperation> walk(Transaction tx) {
        Map<Node, Placed> regionsOf = countriesOfRegions(tx);
        // An institution takes part in many things: it is read once.
        var actors = new HashMap<Node, Actor>();
        Node fieldNode = field == null ? null : fieldNode(tx);
        if (field != null && fieldNode == null) {
            return List.of();
        }
        var found = new ArrayList<Cooperation>();
        for (Kind kind : kinds) {
            var ofKind = new ArrayList<Cooperation>();
            try (ResourceIterator<Node> nodes = tx.findNodes(Label.label(kind.label()))) {
                nodes.forEachRemaining(node -> {
                    if (node.hasLabel(ENTITY) && kind.name().equals(node.getProperty("kind", null))
                            && node.getProperty("sortKey", null) instanceof String sortKey
                            && standsAt(node) && (fieldNode == null || inField(node, fieldNode))) {
                        List<Participant> participants = participants(node, regionsOf, actors);
                        if (!participants.isEmpty()) {
                            ofKind.add(new Cooperation((String) node.getProperty("id"), kind, sortKey, participants));
                        }
                    }
                });
            }
            ofKind.sort(Comparator.comparing(Cooperation::sortKey, CypherText.ORDER));
            found.addAll(ofKind);
        }
        return found;
    }

    /** Each country of the regions asked about, with those of them it is in. */
    private Map<Node, Placed> countriesOfRegions(Transaction tx) {
        var regionsOf = new HashMap<Node, Set<String>>();
        for (String regionId : new LinkedHashSet<>(regions)) {
            Node region = tx.findNode(REGION, "id", regionId);
            if (region == null) {
                continue;
            }
            for (Relationship inRegion : region.getRelationships(Direction.INCOMING, IN_REGION)) {
                Node country = inRegion.getStartNode();
                if (country.hasLabel(COUNTRY)) {
                    regionsOf.computeIfAbsent(country, c -> new LinkedHashSet<>()).add(regionId);
                }
            }
        }
        var placed = new HashMap<Node, Placed>();
        regionsOf.forEach((country, in) -> placed.put(country, new Placed((String) country.getProperty("id"), Set.copyOf(in))));
        return placed;
    }

    private Node fieldNode(Transaction tx) {
        return tx.findNode(FIELD, "id", field);
    }

    private static boolean inField(Node node, Node fieldNode) {
        for (Relationship inField : node.getRelationships(Direction.OUTGOING, IN_FIELD)) {
            if (inField.getEndNode().equals(fieldNode)) {
                return true;
            }
        }
        return false;
    }

    /** An institution taking part, in each country it is located in of those asked about; a country signing. */
    private List<Participant> participants(Node node, Map<Node, Placed> regionsOf, Map<Node, Actor> actors) {
        var participants = new ArrayList<Participant>();
        for (Relationship edge : node.getRelationships(Direction.INCOMING, TAKING_PART)) {
            if (!standsAt(edge)) {
                continue;
            }
            EdgeKind kind = EdgeKind.valueOf(edge.getType().name());
            Node actor = edge.getStartNode();
            if (kind == EdgeKind.SIGNED) {
                Placed placed = actor.hasLabel(COUNTRY) ? regionsOf.get(actor) : null;
                if (placed != null) {
                    participants.add(new Participant(null, null, placed.country(), role(edge), kind, placed.regions()));
                }
                continue;
            }
            Actor institution = actors.computeIfAbsent(actor, a -> institution(a, regionsOf));
            if (institution != null) {
                for (Placed placed : institution.places()) {
                    participants.add(new Participant(institution.id(), institution.sortKey(), placed.country(), role(edge), kind,
                            placed.regions()));
                }
            }
        }
        participants.sort(Participations.ORDER);
        return participants;
    }

    /** An institution, placed in those of its countries that are in the regions; null if it is no institution. */
    private static Actor institution(Node node, Map<Node, Placed> regionsOf) {
        if (!node.hasLabel(INSTITUTION)) {
            return null;
        }
        var places = new ArrayList<Placed>();
        for (Relationship locatedIn : node.getRelationships(Direction.OUTGOING, LOCATED_IN)) {
            Node country = locatedIn.getEndNode();
            Placed placed = country.hasLabel(COUNTRY) ? regionsOf.get(country) : null;
            if (placed != null) {
                places.add(placed);
            }
        }
        return new Actor((String) node.getProperty("id", null), (String) node.getProperty("sortKey", null), places);
    }

    private static String role(Relationship edge) {
        return edge.getProperty("role", null) instanceof String text ? text : null;
    }

    private boolean standsAt(Entity entity) {
        return Spans.standsAt(entity, asOf);
    }
}
