package org.innograph.regions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.innograph.graphql.InvalidArgumentException;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.innograph.network.NodeMapper;
import org.innograph.network.ReferencedIds;
import org.innograph.network.Region;
import org.innograph.regions.RegionMatrix.MatrixCell;
import org.innograph.subgraph.GraphEdge;
import org.innograph.subgraph.GraphElements;
import org.innograph.subgraph.GraphNode;
import org.innograph.subgraph.Subgraph;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * The region-by-region cooperation matrix, the diagonal included: each cell counts, by kind, the nodes that
 * connect its two regions by {@link Participant#joins}, the rule {@code connectingLabs} lists them by.
 */
@Component
public class RegionTies {

    static final int MAX_REGIONS = 30;

    private final Participations participations;
    private final ReferencedIds referencedIds;
    private final RegionLookup regionLookup;

    RegionTies(Participations participations, ReferencedIds referencedIds, RegionLookup regionLookup) {
        this.participations = participations;
        this.referencedIds = referencedIds;
        this.regionLookup = regionLookup;
    }

    public RegionMatrix between(List<String> regionIds, String field, LocalDate asOf, Kind kind) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(regionIds));
        if (distinct.size() < 2 || distinct.size() > MAX_REGIONS) {
            throw new InvalidArgumentException("regions",
                    "give between 2 and %d different regions, got %d".formatted(MAX_REGIONS, distinct.size()));
        }
        if (kind != null && !Cooperation.KINDS.contains(kind)) {
            throw new InvalidArgumentException("kind", "kind must be one of " + Cooperation.KINDS + ", was " + kind);
        }
        List<Value> found = regionLookup.require(distinct, id -> "regions");
        Map<List<String>, Map<Kind, Long>> counts = new HashMap<>();
        List<Cooperation> cooperations = participations.of(Cooperation.KINDS, distinct, field, asOf);
        referencedIds.checkWhenNothingFound(cooperations, "field", field, Kind.FIELD);
        for (Cooperation cooperation : cooperations) {
            cooperation.connectedPairs().forEach(pair -> counts.computeIfAbsent(pair, connected -> new EnumMap<>(Kind.class))
                    .merge(cooperation.kind(), 1L, Long::sum));
        }

        List<Region> regions = found.stream().map(value -> (Region) NodeMapper.toNetworkNode(value)).toList();
        List<GraphNode> nodes = found.stream().map(GraphElements::node).toList();
        var cells = new ArrayList<MatrixCell>();
        var edges = new ArrayList<GraphEdge>();
        // Row by row, each region with itself first, then with those after it.
        for (int i = 0; i < regions.size(); i++) {
            for (int j = i; j < regions.size(); j++) {
                Region a = regions.get(i);
                Region b = regions.get(j);
                MatrixCell cell = cell(a, b, counts.getOrDefault(List.of(a.id(), b.id()), Map.of()), kind);
                cells.add(cell);
                if (cell.weight() > 0) {
                    edges.add(GraphEdge.of(cell.regionA().id(), EdgeKind.COOPERATES_WITH, cell.regionB().id(),
                            Map.of("weight", cell.weight(), "labs", cell.labs(), "projects", cell.projects(),
                                    "parks", cell.parks(), "demoCenters", cell.demoCenters(),
                                    "transferCenters", cell.transferCenters(), "agreements", cell.agreements())));
                }
            }
        }
        return new RegionMatrix(regions, cells, new Subgraph(nodes, edges, false));
    }

    private static MatrixCell cell(Region a, Region b, Map<Kind, Long> counts, Kind kind) {
        long weight = kind == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.getOrDefault(kind, 0L);
        return new MatrixCell(a, b, count(counts, Kind.JOINT_LAB), count(counts, Kind.PROJECT),
                count(counts, Kind.INDUSTRIAL_PARK), count(counts, Kind.DEMO_CENTER), count(counts, Kind.TRANSFER_CENTER),
                count(counts, Kind.AGREEMENT), weight);
    }

    private static long count(Map<Kind, Long> counts, Kind kind) {
        return counts.getOrDefault(kind, 0L);
    }
}
