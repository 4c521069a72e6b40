package org.innograph.gaps;

import java.util.List;

import org.innograph.network.NetworkNode;

/**
 * A communities analysis as a client sees it: its state and, once done, a page of its communities and
 * components; {@code analysis} (not in the schema) is the whole result, which the drawing of one community reads.
 */
public record Communities(AnalysisStatus status, double progress, Long nodes, Long ties, Double modularity, Integer levels,
        Integer communityCount, Integer componentCount, boolean truncated, List<Community> communities, List<Community> components,
        String error, CommunityAnalysis analysis) {

    /** One community or component, with its most central members and its main fields and regions. */
    public record Community(int id, long size, long institutions, int component, List<Member> members, List<FieldCount> fields,
            List<RegionCount> regions) {
    }

    /** A member and its ties: in the whole graph, and to members of its own community. */
    public record Member(NetworkNode node, long degree, long internalDegree) {
    }

    /** A field and how many of a community's labs, projects, parks and centres are in it. */
    public record FieldCount(NetworkNode field, long count) {
    }

    /** A region and how many of a community's institutions are located in it. */
    public record RegionCount(NetworkNode region, long count) {
    }
}
