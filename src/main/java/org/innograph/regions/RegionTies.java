package org.innograph.regions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.innograph.database.QueryRunner;
import org.innograph.graphql.InvalidArgumentException;
import org.innograph.network.EdgeKind;
import org.innograph.network.GraphEdge;
import org.innograph.network.GraphElements;
import org.innograph.network.GraphNode;
import org.innograph.network.Kind;
import org.innograph.network.NodeMapper;
import org.innograph.network.Region;
import org.innograph.network.ReferencedIds;
import org.innograph.network.Subgraph;
import org.innograph.regions.RegionMatrix.MatrixCell;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** The region-by-region cooperation matrix: one query counts every pair, this fills in the zeros. */
@Component
public class RegionTies {

    static final int MAX_REGIONS = 30;

    private final QueryRunner queries;
    private final ReferencedIds referencedIds;
    private final RegionLookup regionLookup;

    RegionTies(QueryRunner queries, ReferencedIds referencedIds, RegionLookup regionLookup) {
        this.queries = queries;
        this.referencedIds = referencedIds;
        this.regionLookup = regionLookup;
    }

    public RegionMatrix between(List<String> regionIds, String field, LocalDate asOf, Kind kind) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(regionIds));
        if (distinct.size() < 2 || distinct.size() > MAX_REGIONS) {
            throw new InvalidArgumentException("regions",
                    "give between 2 and %d different regions, got %d".formatted(MAX_REGIONS, distinct.size()));
        }
        referencedIds.check("field", field, Kind.FIELD);
        List<Value> found = regionLookup.require(distinct, id -> "regions");

        var params = new HashMap<String, Object>();
        params.put("regions", distinct);
        params.put("field", field);
        params.put("asOf", asOf);
        Map<String, Map<String, Long>> counts = new HashMap<>();
        queries.list("regions/matrix", params, row -> row).forEach(row -> counts
                .computeIfAbsent(row.get("regionA").asString() + "|" + row.get("regionB").asString(), pair -> new HashMap<>())
                .merge(row.get("kind").asString(), row.get("count").asLong(), Long::sum));

        List<Region> regions = found.stream().map(value -> (Region) NodeMapper.toNetworkNode(value)).toList();
        List<GraphNode> nodes = found.stream().map(GraphElements::node).toList();
        var cells = new ArrayList<MatrixCell>();
        var edges = new ArrayList<GraphEdge>();
        for (int i = 0; i < regions.size(); i++) {
            for (int j = i + 1; j < regions.size(); j++) {
                Region a = regions.get(i);
                Region b = regions.get(j);
                // The query orders each pair by id.
                Region first = a.id().compareTo(b.id()) < 0 ? a : b;
                Region second = first == a ? b : a;
                Map<String, Long> pair = counts.getOrDefault(first.id() + "|" + second.id(), Map.of());
                long weight = kind == null ? pair.values().stream().mapToLong(Long::longValue).sum()
                        : pair.getOrDefault(kind.name(), 0L);
                MatrixCell cell = new MatrixCell(a, b, count(pair, Kind.JOINT_LAB), count(pair, Kind.PROJECT),
                        count(pair, Kind.INDUSTRIAL_PARK), count(pair, Kind.DEMO_CENTER), count(pair, Kind.TRANSFER_CENTER),
                        count(pair, Kind.AGREEMENT), weight);
                cells.add(cell);
                if (weight > 0) {
                    edges.add(GraphEdge.of(a.id(), EdgeKind.COOPERATES_WITH, b.id(), Map.of("weight", weight,
                            "labs", cell.labs(), "projects", cell.projects(), "parks", cell.parks(),
                            "demoCenters", cell.demoCenters(), "transferCenters", cell.transferCenters(),
                            "agreements", cell.agreements())));
                }
            }
        }
        return new RegionMatrix(regions, cells, new Subgraph(nodes, edges, false));
    }

    private static long count(Map<String, Long> pair, Kind kind) {
        return pair.getOrDefault(kind.name(), 0L);
    }
}
