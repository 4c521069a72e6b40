package org.innograph.gaps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.database.QueryRunner;
import org.springframework.stereotype.Component;

/**
 * Degree, betweenness and PageRank of every node of a graph projected into Graph Data Science, through the
 * named queries {@code gaps/degree}, {@code gaps/betweenness} and {@code gaps/pagerank}. Betweenness is exact
 * (Brandes) up to {@code exactLimit} nodes and estimated from a fixed-seed sample of source nodes above,
 * with the error bound of that estimate.
 */
@Component
public class Centrality {

    private final QueryRunner queries;

    Centrality(QueryRunner queries) {
        this.queries = queries;
    }

    /** The scores of one node; {@code betweenness} normalised to [0, 1] by the (n-1)(n-2)/2 pairs it can lie between. */
    public record Scores(String id, long degree, double betweenness, double pageRank) {
    }

    /** Every node's scores, and how betweenness was computed. */
    public record Result(List<Scores> scores, long nodes, boolean exact, int samples, Double errorBound) {
    }

    /**
     * The scores of every node of the projected {@code graph} of {@code nodes} nodes; betweenness sampled from
     * {@code samples} sources when there are more than {@code exactLimit} nodes.
     */
    public Result of(String graph, long nodes, long exactLimit, int samples, Runnable step) {
        boolean exact = nodes <= exactLimit;
        // One thread: parallel partial sums would make the last digits differ from run to run.
        Map<String, Object> config = exact ? Map.of("concurrency", 1)
                : Map.of("samplingSize", (long) samples, "samplingSeed", 42L, "concurrency", 1);
        Map<String, Double> degree = scores("gaps/degree", Map.of("graph", graph));
        step.run();
        Map<String, Double> betweenness = scores("gaps/betweenness", Map.of("graph", graph, "config", config));
        step.run();
        Map<String, Double> pageRank = scores("gaps/pagerank", Map.of("graph", graph));
        step.run();
        double pairs = nodes > 2 ? (nodes - 1) * (nodes - 2) / 2.0 : 1;
        List<Scores> scores = degree.keySet().stream().map(id -> new Scores(id, Math.round(degree.get(id)),
                betweenness.getOrDefault(id, 0.0) / pairs, pageRank.getOrDefault(id, 0.0))).toList();
        return new Result(scores, nodes, exact, exact ? 0 : samples, exact ? null : errorBound(nodes, samples));
    }

    /**
     * The bound on the error of every node's sampled normalised betweenness at once, with probability 95%:
     * each sampled source's dependency on a node, divided by n-2, lies in [0, 1], so Hoeffding's inequality
     * bounds one node's mean of k samples by sqrt(ln(2/d)/2k), and the union over n nodes gives d = 0.05/n
     * (Brandes and Pich 2007 sample sources the same way).
     */
    static double errorBound(long nodes, int samples) {
        return Math.sqrt(Math.log(2.0 * nodes / 0.05) / (2.0 * samples));
    }

    private Map<String, Double> scores(String query, Map<String, Object> params) {
        var scores = new HashMap<String, Double>();
        queries.list(query, params, row -> Map.entry(row.get("id").asString(), row.get("score").asDouble()))
                .forEach(entry -> scores.put(entry.getKey(), entry.getValue()));
        return scores;
    }
}
