package org.innograph.regions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.innograph.database.QueryRunner;
import org.innograph.graphql.InvalidArgumentException;
import org.innograph.network.Country;
import org.innograph.network.EdgeKind;
import org.innograph.network.Institution;
import org.innograph.network.Kind;
import org.innograph.network.NodeMapper;
import org.innograph.network.ReferencedIds;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Finds what connects two regions, with the evidence on each side, and draws it ({@link TieDrawing}). What
 * connects is decided by {@link Participant#joins}, as for the matrix.
 */
@Component
public class ConnectingNodes {

    static final int MAX_FIRST = 500;
    private static final Set<Kind> CONNECTING = connecting();

    private final Participations participations;
    private final QueryRunner queries;
    private final ReferencedIds referencedIds;
    private final RegionLookup regionLookup;

    ConnectingNodes(Participations participations, QueryRunner queries, ReferencedIds referencedIds,
            RegionLookup regionLookup) {
        this.participations = participations;
        this.queries = queries;
        this.referencedIds = referencedIds;
        this.regionLookup = regionLookup;
    }

    public Connections between(String regionA, String regionB, Kind kind, String field, LocalDate asOf, int first) {
        if (!CONNECTING.contains(kind)) {
            throw new InvalidArgumentException("kind", "kind must be one of " + CONNECTING + ", was " + kind);
        }
        if (first < 1 || first > MAX_FIRST) {
            throw new InvalidArgumentException("first", "first must be between 1 and %d, was %d".formatted(MAX_FIRST, first));
        }
        List<Value> regions = regionLookup.require(List.of(regionA, regionB), id -> id.equals(regionA) ? "regionA" : "regionB");

        Set<Kind> kinds = kind == Kind.INSTITUTION ? Cooperation.OF_INSTITUTIONS : Set.of(kind);
        List<Cooperation> cooperations = participations.of(kinds, List.of(regionA, regionB), field, asOf);
        referencedIds.checkWhenNothingFound(cooperations, "field", field, Kind.FIELD);
        List<Tie> ties = kind == Kind.INSTITUTION ? institutionTies(cooperations, regionA, regionB)
                : cooperations.stream().map(cooperation -> cooperation.tie(regionA, regionB)).flatMap(Optional::stream).toList();

        List<Tie> page = ties.subList(0, Math.min(first, ties.size()));
        Map<String, Value> nodes = nodesOf(page);
        List<RegionLink> links = page.stream().map(tie -> new RegionLink(NodeMapper.toNetworkNode(nodes.get(tie.id())),
                evidence(tie.sideA(), nodes), evidence(tie.sideB(), nodes))).toList();
        return new Connections(links, ties.size(), ties.size() > first,
                TieDrawing.subgraph(regions, page, nodes, regionA, regionB));
    }

    /**
     * Institutions of region A that take part in a lab, project, park or centre with an institution of region
     * B, by the same rule, in name order: each is its own evidence on side A, its partners in B on side B.
     */
    private static List<Tie> institutionTies(List<Cooperation> cooperations, String regionA, String regionB) {
        Map<String, Participant> institutions = new HashMap<>();
        Map<String, Map<String, Participant>> partners = new HashMap<>();
        for (Cooperation cooperation : cooperations) {
            for (Participant a : cooperation.participants()) {
                for (Participant b : cooperation.participants()) {
                    if (a.joins(regionA, b, regionB)) {
                        institutions.putIfAbsent(a.institution(), a.as(null));
                        partners.computeIfAbsent(a.institution(), id -> new LinkedHashMap<>())
                                .putIfAbsent(b.institution(), b.as(EdgeKind.COOPERATES_WITH));
                    }
                }
            }
        }
        return institutions.values().stream().sorted(Comparator.comparing(Participant::sortKey))
                .map(a -> new Tie(a.institution(), Kind.INSTITUTION, a.sortKey(), List.of(a),
                        partners.get(a.institution()).values().stream().sorted(Participations.ORDER).toList()))
                .toList();
    }

    /** The nodes of a page of ties and of their evidence, by id, in one query. */
    private Map<String, Value> nodesOf(List<Tie> page) {
        var ids = new LinkedHashSet<String>();
        for (Tie tie : page) {
            ids.add(tie.id());
            for (Participant participant : concat(tie.sideA(), tie.sideB())) {
                ids.add(participant.country());
                Optional.ofNullable(participant.institution()).ifPresent(ids::add);
            }
        }
        var nodes = new HashMap<String, Value>();
        if (!ids.isEmpty()) {
            queries.list("regions/nodes", Map.of("ids", List.copyOf(ids)), row -> row.get("n"))
                    .forEach(node -> nodes.put(node.get("id").asString(), node));
        }
        return nodes;
    }

    private static List<Evidence> evidence(List<Participant> side, Map<String, Value> nodes) {
        return side.stream().map(participant -> new Evidence(participant.institution() == null ? null
                        : (Institution) NodeMapper.toNetworkNode(nodes.get(participant.institution())),
                (Country) NodeMapper.toNetworkNode(nodes.get(participant.country())), participant.role())).toList();
    }

    private static List<Participant> concat(List<Participant> a, List<Participant> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<Kind> connecting() {
        Set<Kind> kinds = EnumSet.copyOf(Cooperation.KINDS);
        kinds.add(Kind.INSTITUTION);
        return kinds;
    }
}
