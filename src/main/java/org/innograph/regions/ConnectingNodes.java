package org.innograph.regions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innograph.database.QueryRunner;
import org.innograph.graphql.InvalidArgumentException;
import org.innograph.network.Country;
import org.innograph.network.EdgeKind;
import org.innograph.network.GraphEdge;
import org.innograph.network.GraphElements;
import org.innograph.network.GraphNode;
import org.innograph.network.Institution;
import org.innograph.network.Kind;
import org.innograph.network.NodeMapper;
import org.innograph.network.ReferencedIds;
import org.innograph.network.Subgraph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Finds what connects two regions, with the evidence, and draws it: the connecting nodes, the
 * institutions on each side with their participation edges, their countries, and the two regions.
 */
@Component
public class ConnectingNodes {

    static final int MAX_FIRST = 500;
    private static final Set<Kind> CONNECTING = Set.of(Kind.JOINT_LAB, Kind.PROJECT, Kind.INDUSTRIAL_PARK,
            Kind.DEMO_CENTER, Kind.TRANSFER_CENTER, Kind.INSTITUTION);

    private final QueryRunner queries;
    private final ReferencedIds referencedIds;
    private final RegionLookup regionLookup;

    ConnectingNodes(QueryRunner queries, ReferencedIds referencedIds, RegionLookup regionLookup) {
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
        referencedIds.check("field", field, Kind.FIELD);
        List<Value> regions = regionLookup.require(List.of(regionA, regionB), id -> id.equals(regionA) ? "regionA" : "regionB");

        var params = new HashMap<String, Object>();
        params.put("regionA", regionA);
        params.put("regionB", regionB);
        params.put("kind", kind.name());
        params.put("field", field);
        params.put("asOf", asOf);
        String query = kind == Kind.INSTITUTION ? "regions/connecting-institutions" : "regions/connecting";
        List<Record> rows = queries.list(query, params, row -> row);

        List<Record> page = rows.subList(0, Math.min(first, rows.size()));
        List<RegionLink> links = page.stream().map(row -> new RegionLink(NodeMapper.toNetworkNode(row.get("x")),
                evidence(row.get("sideA")), evidence(row.get("sideB")))).toList();
        return new Connections(links, rows.size(), rows.size() > first, subgraph(regions, page, regionA, regionB));
    }

    private static List<Evidence> evidence(Value side) {
        return side.asList(entry -> new Evidence((Institution) NodeMapper.toNetworkNode(entry.get("institution")),
                (Country) NodeMapper.toNetworkNode(entry.get("country")), entry.get("role").asString(null)));
    }

    /** The two regions, each link, its evidence institutions and their countries, and what joins them. */
    private static Subgraph subgraph(List<Value> regions, List<Record> page, String regionA, String regionB) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        regions.forEach(region -> add(nodes, GraphElements.node(region)));
        for (Record row : page) {
            GraphNode link = add(nodes, GraphElements.node(row.get("x")));
            for (String side : List.of("sideA", "sideB")) {
                String region = side.equals("sideA") ? regionA : regionB;
                for (Value entry : row.get(side).values()) {
                    GraphNode institution = add(nodes, GraphElements.node(entry.get("institution")));
                    GraphNode country = add(nodes, GraphElements.node(entry.get("country")));
                    if (!entry.get("kind").isNull()) {
                        var role = new HashMap<String, Object>();
                        if (!entry.get("role").isNull()) {
                            role.put("role", entry.get("role").asString());
                        }
                        add(edges, GraphEdge.of(institution.id(), EdgeKind.valueOf(entry.get("kind").asString()), link.id(), role));
                    }
                    add(edges, GraphEdge.of(institution.id(), EdgeKind.LOCATED_IN, country.id(), Map.of()));
                    add(edges, GraphEdge.of(country.id(), EdgeKind.IN_REGION, region, Map.of()));
                }
            }
        }
        return new Subgraph(new ArrayList<>(nodes.values()), new ArrayList<>(edges.values()), false);
    }

    private static GraphNode add(Map<String, GraphNode> nodes, GraphNode node) {
        return nodes.computeIfAbsent(node.id(), id -> node);
    }

    private static void add(Map<String, GraphEdge> edges, GraphEdge edge) {
        edges.putIfAbsent(edge.id(), edge);
    }
}
