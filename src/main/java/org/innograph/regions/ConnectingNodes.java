package org.innograph.regions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
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
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Finds what connects two regions, with the evidence on each side, and draws it ({@link TieDrawing}). What
 * connects is decided in {@code regions/connecting.cypher} and {@code regions/connecting-institutions.cypher} by
 * the rule of {@link Participant#joins}, which the matrix applies; the database cuts the page and counts. On the
 * embedded database, for every kind but institutions, the participants come from {@link ParticipantsTraversal}
 * and the rule is applied here: at 1m relationships the Cypher spent 61 ms on the labs connecting Europe and
 * Asia, most of it building and filtering its lists of participants; the walk takes 21 ms.
 */
@Component
public class ConnectingNodes {

    static final int MAX_FIRST = 500;
    private static final Set<Kind> CONNECTING = connecting();

    private final QueryRunner queries;
    private final ReferencedIds referencedIds;
    private final RegionLookup regionLookup;
    private final Participations participations;

    ConnectingNodes(QueryRunner queries, ReferencedIds referencedIds, RegionLookup regionLookup, Participations participations) {
        this.queries = queries;
        this.referencedIds = referencedIds;
        this.regionLookup = regionLookup;
        this.participations = participations;
    }

    public Connections between(String regionA, String regionB, Kind kind, String field, LocalDate asOf, int first) {
        if (!CONNECTING.contains(kind)) {
            throw new InvalidArgumentException("kind", "kind must be one of " + CONNECTING + ", was " + kind);
        }
        InvalidArgumentException.requireBetweenOneAnd("first", MAX_FIRST, first);
        List<Value> regions = regionLookup.require(List.of(regionA, regionB), id -> id.equals(regionA) ? "regionA" : "regionB");

        Ties ties = (kind == Kind.INSTITUTION ? Optional.<Ties>empty() : byTraversal(regionA, regionB, kind, field, asOf, first))
                .orElseGet(() -> byCypher(regionA, regionB, kind, field, asOf, first));
        long total = ties.total();
        List<Tie> page = ties.page();
        referencedIds.checkWhenNothingFound(page, "field", field, Kind.FIELD);

        Map<String, Value> nodes = nodesOf(page);
        List<RegionLink> links = page.stream().map(tie -> new RegionLink(NodeMapper.toNetworkNode(nodes.get(tie.id())),
                evidence(tie.sideA(), nodes), evidence(tie.sideB(), nodes))).toList();
        return new Connections(links, total, total > first,
                TieDrawing.subgraph(regions, page, nodes, regionA, regionB));
    }

    /** How many nodes connect the two regions, and the first of them. */
    record Ties(long total, List<Tie> page) {
    }

    /**
     * On the embedded database, for all kinds but institutions: the participants read by
     * {@link ParticipantsTraversal}, and the rule of {@link Participant#joins} applied here, as the matrix does.
     */
    Optional<Ties> byTraversal(String regionA, String regionB, Kind kind, String field, LocalDate asOf, int first) {
        return participations.byTraversal(Set.of(kind), List.of(regionA, regionB), field, asOf).map(cooperations -> {
            var all = new ArrayList<Tie>();
            for (Cooperation cooperation : cooperations) {
                List<Participant> participants = cooperation.participants();
                List<Participant> sideA = participants.stream()
                        .filter(a -> participants.stream().anyMatch(b -> a.joins(regionA, b, regionB))).toList();
                if (!sideA.isEmpty()) {
                    List<Participant> sideB = participants.stream()
                            .filter(b -> participants.stream().anyMatch(a -> a.joins(regionA, b, regionB))).toList();
                    all.add(new Tie(cooperation.id(), cooperation.kind(), cooperation.sortKey(), sideA, sideB));
                }
            }
            return new Ties(all.size(), List.copyOf(all.subList(0, Math.min(first, all.size()))));
        });
    }

    Ties byCypher(String regionA, String regionB, Kind kind, String field, LocalDate asOf, int first) {
        boolean institutions = kind == Kind.INSTITUTION;
        var params = new HashMap<String, Object>();
        params.put("kinds", List.copyOf(institutions ? Cooperation.OF_INSTITUTIONS : Set.of(kind)));
        params.put("regionA", regionA);
        params.put("regionB", regionB);
        params.put("participation", EdgeKind.PARTICIPATION);
        params.put("field", field);
        params.put("asOf", asOf);
        params.put("first", first);
        List<Record> rows = queries.list(institutions ? "regions/connecting-institutions" : "regions/connecting", params,
                row -> row);
        long total = rows.isEmpty() ? 0 : rows.get(0).get("total").asLong();
        return new Ties(total, rows.stream().filter(row -> !row.get("id").isNull()).map(ConnectingNodes::tie).toList());
    }

    private static Tie tie(Record row) {
        return new Tie(row.get("id").asString(), Kind.valueOf(row.get("kind").asString()), row.get("sortKey").asString(),
                side(row.get("sideA")), side(row.get("sideB")));
    }

    private static List<Participant> side(Value participants) {
        return participants.asList(Participations::participant).stream().sorted(Participations.ORDER).toList();
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
