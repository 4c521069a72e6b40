package org.innograph.sample;

import java.util.List;
import java.util.Map;

/**
 * What {@link ScaleNetwork} generated: counts per kind of node and edge (the derived COOPERATES_WITH counted
 * in memory, as {@code paths/derive-cooperation.cypher} will derive them), how many labs, projects, parks and
 * centres each institution takes part in, and a checksum of every id and edge, so two runs can be compared.
 *
 * @param degrees how many institutions take part in how many things: bucket label ("0", "1", "2", "3-9",
 *     "10-99", "100-999", "1000+") to count, in that order
 * @param hubs the five institutions taking part in the most things, as "id: count"
 * @param percentiles p50, p90, p99 and max of the things per institution
 */
public record ScaleSummary(Scale scale, long seed, Map<String, Integer> nodes, Map<String, Integer> edges,
        int derivedCooperation, int institutions, Map<String, Integer> degrees, List<Integer> percentiles,
        List<String> hubs, String checksum) {

    public int totalNodes() {
        return nodes.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Written edges plus the derived COOPERATES_WITH ones. */
    public int totalRelationships() {
        return edges.values().stream().mapToInt(Integer::intValue).sum() + derivedCooperation;
    }

    /** Several log lines' worth, for the log and for reports. */
    public List<String> describe() {
        return List.of(
                "scale %s (seed %d): %,d nodes, %,d relationships (%,d written + %,d derived COOPERATES_WITH), ids checksum %s"
                        .formatted(scale.name(), seed, totalNodes(), totalRelationships(), totalRelationships() - derivedCooperation,
                                derivedCooperation, checksum),
                "nodes per kind: " + nodes,
                "edges per kind: " + edges,
                "labs/projects/parks/centres per institution (%,d institutions): %s; p50 %d, p90 %d, p99 %d, max %d"
                        .formatted(institutions, degrees, percentiles.get(0), percentiles.get(1), percentiles.get(2),
                                percentiles.get(3)),
                "hubs: " + hubs);
    }
}
