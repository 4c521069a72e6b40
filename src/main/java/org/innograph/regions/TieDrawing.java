package org.innograph.regions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innograph.network.EdgeKind;
import org.innograph.subgraph.GraphEdge;
import org.innograph.subgraph.GraphElements;
import org.innograph.subgraph.GraphNode;
import org.innograph.subgraph.Subgraph;
import org.neo4j.driver.Value;

/**
 * Draws a page of region links: the two regions, each link, its evidence participants and their countries,
 * and the edges between them.
 */
final class TieDrawing {

    private TieDrawing() {
    }

    /** The subgraph of these ties, whose nodes (and their evidence) are in {@code found} by id. */
    static Subgraph subgraph(List<Value> regions, List<Tie> page, Map<String, Value> found, String regionA,
            String regionB) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        regions.forEach(region -> add(nodes, GraphElements.node(region)));
        for (Tie tie : page) {
            String link = add(nodes, GraphElements.node(found.get(tie.id()))).id();
            draw(tie.sideA(), regionA, link, found, nodes, edges);
            draw(tie.sideB(), regionB, link, found, nodes, edges);
        }
        return new Subgraph(new ArrayList<>(nodes.values()), new ArrayList<>(edges.values()), false);
    }

    /** One side of a link: each participant, its country, the region, and the edges between them and the link. */
    private static void draw(List<Participant> side, String region, String link, Map<String, Value> found,
            Map<String, GraphNode> nodes, Map<String, GraphEdge> edges) {
        for (Participant participant : side) {
            String country = add(nodes, GraphElements.node(found.get(participant.country()))).id();
            String actor = country;
            if (participant.institution() != null) {
                actor = add(nodes, GraphElements.node(found.get(participant.institution()))).id();
                add(edges, GraphEdge.of(actor, EdgeKind.LOCATED_IN, country, Map.of()));
            }
            if (participant.kind() != null) {
                add(edges, taking(actor, participant, link));
            }
            add(edges, GraphEdge.of(country, EdgeKind.IN_REGION, region, Map.of()));
        }
    }

    /** The edge by which an actor takes part; a COOPERATES_WITH is drawn as stored, from the lower id. */
    private static GraphEdge taking(String actor, Participant participant, String link) {
        if (participant.kind() == EdgeKind.COOPERATES_WITH) {
            return actor.compareTo(link) < 0 ? GraphEdge.of(actor, EdgeKind.COOPERATES_WITH, link, Map.of())
                    : GraphEdge.of(link, EdgeKind.COOPERATES_WITH, actor, Map.of());
        }
        return GraphEdge.of(actor, participant.kind(), link,
                participant.role() == null ? Map.of() : Map.of("role", participant.role()));
    }

    private static GraphNode add(Map<String, GraphNode> nodes, GraphNode node) {
        return nodes.computeIfAbsent(node.id(), id -> node);
    }

    private static void add(Map<String, GraphEdge> edges, GraphEdge edge) {
        edges.putIfAbsent(edge.id(), edge);
    }
}
