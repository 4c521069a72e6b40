package org.innograph.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.database.QueryRunner;
import org.springframework.stereotype.Component;

/**
 * Connected components and Louvain communities of a graph projected into Graph Data Science, through the
 * named queries {@code gaps/components}, {@code gaps/louvain} and {@code gaps/ties}, each on one thread so that
 * the same graph always gives the same partition. The ties give each node its degree and its ties inside its
 * own community, by which a community's members are ranked.
 */
@Component
public class CommunityDetection {

    private final QueryRunner queries;

    CommunityDetection(QueryRunner queries) {
        this.queries = queries;
    }

    /**
     * One node: GDS's component and community ids (the same ids mean the same group within one result),
     * its degree, and how many of its ties stay inside its community.
     */
    public record Member(String id, String kind, long component, long community, long degree, long internalDegree) {
    }

    /** Every node's groups and the modularity GDS reports for the partition, with the Louvain levels it ran. */
    public record Partition(List<Member> members, double modularity, int levels) {
    }

    /** The partition of the projected {@code graph}; {@code step} runs after each of the three queries. */
    public Partition of(String graph, Runnable step) {
        Map<String, Object> params = Map.of("graph", graph);
        var component = new HashMap<Long, Long>();
        queries.list("gaps/components", params, row -> Map.entry(row.get("nodeId").asLong(), row.get("component").asLong()))
                .forEach(entry -> component.put(entry.getKey(), entry.getValue()));
        step.run();
        record Row(long nodeId, String id, String kind, long community, double modularity, int levels) {
        }
        List<Row> rows = queries.list("gaps/louvain", params, row -> new Row(row.get("nodeId").asLong(), row.get("id").asString(),
                row.get("kind").asString(null), row.get("community").asLong(), row.get("modularity").asDouble(), row.get("levels").asInt()));
        step.run();
        var index = new HashMap<Long, Integer>();
        for (int i = 0; i < rows.size(); i++) {
            index.put(rows.get(i).nodeId(), i);
        }
        long[] degree = new long[rows.size()];
        long[] internal = new long[rows.size()];
        // An undirected projection streams each tie once from each end, so each end counts the ties it starts.
        queries.stream("gaps/ties", params, row -> new long[] {row.get("source").asLong(), row.get("target").asLong()}, tie -> {
            int source = index.get(tie[0]);
            int target = index.get(tie[1]);
            degree[source]++;
            if (rows.get(source).community() == rows.get(target).community()) {
                internal[source]++;
            }
        });
        step.run();
        var members = new ArrayList<Member>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            members.add(new Member(row.id(), row.kind(), component.get(row.nodeId()), row.community(), degree[i], internal[i]));
        }
        return rows.isEmpty() ? new Partition(List.of(), 0, 0) : new Partition(members, rows.get(0).modularity(), rows.get(0).levels());
    }
}
