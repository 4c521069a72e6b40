package org.innograph.gaps;

import java.util.List;

/**
 * A finished communities analysis, as the job keeps it: the groups numbered by size (1 the largest; ties by
 * the smallest member id), so that the same network always gives the same numbers.
 */
record CommunityAnalysis(long nodes, long ties, double modularity, int levels, List<Group> communities, List<Group> components) {

    /** How many members of a group are in one field or region. */
    record Count(String id, long count) {
    }

    /**
     * A community or a component. {@code members} are every member, the most central first (ties inside the
     * group, then all ties, then id); {@code fields} count its labs, projects, parks and centres per field and
     * {@code regions} its institutions per region, the most first; {@code component} is the component a
     * community lies in (Louvain never joins two components: the join would lower the modularity).
     */
    record Group(int id, long size, long institutions, int component, List<CommunityDetection.Member> members,
            List<Count> fields, List<Count> regions) {
    }
}
