package org.innograph.gaps;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.innograph.database.QueryRunner;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The participation graph of the network at a date, projected into the Graph Data Science catalog under a name
 * of its own for one analysis job, and dropped when the job closes it: institutions and the things they take
 * part in ({@link #THINGS}), joined by {@link EdgeKind#PARTICIPATION} ({@code gaps/project-participation.cypher}).
 */
final class ParticipationProjection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ParticipationProjection.class);

    /** What institutions take part in, in every participation analysis. */
    static final List<Kind> THINGS = List.of(Kind.JOINT_LAB, Kind.PROJECT, Kind.INDUSTRIAL_PARK, Kind.DEMO_CENTER,
            Kind.TRANSFER_CENTER);

    private final QueryRunner queries;
    private final String graph;
    private final long nodes;
    private final long relationships;

    private ParticipationProjection(QueryRunner queries, String graph, long nodes, long relationships) {
        this.queries = queries;
        this.graph = graph;
        this.nodes = nodes;
        this.relationships = relationships;
    }

    /** Projects it, named after {@code analysis}; a projection that fails is dropped as far as it got. */
    static ParticipationProjection of(QueryRunner queries, String analysis, LocalDate asOf) {
        String graph = "innograph-" + analysis + "-" + UUID.randomUUID();
        var params = new HashMap<String, Object>();
        params.put("graph", graph);
        params.put("participation", EdgeKind.PARTICIPATION);
        params.put("kinds", THINGS);
        params.put("asOf", asOf);
        try {
            var projected = queries.single("gaps/project-participation", params, row -> row).orElseThrow();
            return new ParticipationProjection(queries, graph, projected.get("nodes").asLong(),
                    projected.get("relationships").asLong());
        }
        catch (RuntimeException e) {
            drop(queries, graph);
            throw e;
        }
    }

    /** The name the algorithms read it by. */
    String graph() {
        return graph;
    }

    long nodes() {
        return nodes;
    }

    /** As GDS counts them: an undirected relationship once from each end, so two per participation. */
    long relationships() {
        return relationships;
    }

    @Override
    public void close() {
        drop(queries, graph);
    }

    private static void drop(QueryRunner queries, String graph) {
        try {
            queries.run("gaps/drop-graph", Map.of("graph", graph));
        }
        catch (RuntimeException e) {
            log.warn("Could not drop the projected graph {}: {}", graph, e.getMessage());
        }
    }
}
