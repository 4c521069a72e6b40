package org.innograph.gaps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleConsumer;

/**
 * Brokers between two regions, on an undirected graph held in memory (the participation graph: institutions and
 * what they take part in). The pairs are an institution of the first region and one of the second in another
 * country. Breadth-first searches from the sources (every institution of the first region, or a seeded sample of
 * them) find each pair's distance and, accumulating Brandes's dependencies towards the second region's
 * institutions only, the actors on the pairs' shortest paths. The actors on the most of them are then removed
 * one at a time and the searches rerun, but only from the sources whose shortest paths they lie on: removing an
 * actor on none of a source's shortest paths changes none of its distances.
 */
final class RegionBrokerSearch {

    /** The graph: node ids, each node's neighbours, and which nodes are actors (institutions). */
    record Graph(List<String> ids, int[][] adjacent, boolean[] actor) {
    }

    /** An institution of one side and its country. */
    record Member(int node, String country) {
    }

    /**
     * One actor removed: the sampled pairs it disconnects, by how many cooperation hops (institution, shared thing,
     * institution) the pairs it does not disconnect grow longer in all, and the share of the connected pairs'
     * shortest paths that run through it.
     */
    record Score(String id, long disconnectedPairs, long addedHops, double pathShare) {
    }

    /** What was measured, and the actors tested, the most disruptive first. */
    record Result(long pairs, long pairsMeasured, long connectedPairs, int sources, int sourcesInAll, boolean sampled,
            int candidatesTested, List<Score> scores) {
    }

    private RegionBrokerSearch() {
    }

    static Result run(Graph graph, List<Member> from, List<Member> to, int maxSources, int maxCandidates, long seed,
            DoubleConsumer progress) {
        int n = graph.ids().size();
        List<Member> sources = sample(from, maxSources, seed);
        Map<String, Long> toByCountry = new HashMap<>();
        to.forEach(member -> toByCountry.merge(member.country(), 1L, Long::sum));
        long pairs = from.stream().mapToLong(a -> to.size() - toByCountry.getOrDefault(a.country(), 0L)).sum();
        long pairsMeasured = sources.stream().mapToLong(a -> to.size() - toByCountry.getOrDefault(a.country(), 0L)).sum();

        var search = new Search(graph);
        int[][] distances = new int[sources.size()][];
        double[] onPaths = new double[n];
        Map<Integer, BitSet> sourcesThrough = new HashMap<>();
        long connected = 0;
        boolean[] target = new boolean[n];
        double[] delta = new double[n];
        for (int si = 0; si < sources.size(); si++) {
            Member source = sources.get(si);
            search.from(source.node(), -1);
            distances[si] = new int[to.size()];
            Arrays.fill(target, false);
            for (int ti = 0; ti < to.size(); ti++) {
                Member t = to.get(ti);
                distances[si][ti] = t.country().equals(source.country()) ? -1 : search.distance[t.node()];
                if (distances[si][ti] > 0) {
                    target[t.node()] = true;
                    connected++;
                }
            }
            // Brandes's dependencies, towards the targets only, from the farthest nodes back.
            for (int k = search.visited - 1; k >= 0; k--) {
                int v = search.order[k];
                double dependency = 0;
                for (int w : graph.adjacent()[v]) {
                    if (search.distance[w] == search.distance[v] + 1) {
                        dependency += search.paths[v] / search.paths[w] * ((target[w] ? 1 : 0) + delta[w]);
                    }
                }
                delta[v] = dependency;
                if (v != source.node() && graph.actor()[v] && dependency > 0) {
                    onPaths[v] += dependency;
                    sourcesThrough.computeIfAbsent(v, node -> new BitSet()).set(si);
                }
            }
            for (int k = 0; k < search.visited; k++) {
                delta[search.order[k]] = 0;
            }
            progress.accept(0.5 * (si + 1) / sources.size());
        }

        List<Integer> candidates = sourcesThrough.keySet().stream()
                .sorted(Comparator.comparingDouble((Integer v) -> onPaths[v]).reversed().thenComparing(v -> graph.ids().get(v)))
                .limit(maxCandidates).toList();
        var scores = new ArrayList<Score>();
        for (int ci = 0; ci < candidates.size(); ci++) {
            int removed = candidates.get(ci);
            long disconnected = 0;
            long added = 0;
            BitSet through = sourcesThrough.get(removed);
            for (int si = through.nextSetBit(0); si >= 0; si = through.nextSetBit(si + 1)) {
                search.from(sources.get(si).node(), removed);
                for (int ti = 0; ti < to.size(); ti++) {
                    int before = distances[si][ti];
                    if (before <= 0 || to.get(ti).node() == removed) {
                        continue;
                    }
                    int after = search.distance[to.get(ti).node()];
                    if (after < 0) {
                        disconnected++;
                    }
                    else {
                        added += (after - before) / 2;
                    }
                }
            }
            scores.add(new Score(graph.ids().get(removed), disconnected, added, connected == 0 ? 0 : onPaths[removed] / connected));
            progress.accept(0.5 + 0.5 * (ci + 1) / candidates.size());
        }
        scores.sort(Comparator.comparingLong(Score::disconnectedPairs).reversed()
                .thenComparing(Comparator.comparingLong(Score::addedHops).reversed())
                .thenComparing(Comparator.comparingDouble(Score::pathShare).reversed())
                .thenComparing(Score::id));
        return new Result(pairs, pairsMeasured, connected, sources.size(), from.size(), sources.size() < from.size(),
                candidates.size(), scores);
    }

    /** All the members, or {@code max} of them drawn with {@code seed}; in id order either way. */
    private static List<Member> sample(List<Member> members, int max, long seed) {
        if (members.size() <= max) {
            return members;
        }
        var shuffled = new ArrayList<>(members);
        Collections.shuffle(shuffled, new Random(seed));
        return shuffled.subList(0, max).stream().sorted(Comparator.comparingInt(Member::node)).toList();
    }

    /** One breadth-first search at a time, reusing its arrays: distances, shortest-path counts, visiting order. */
    private static final class Search {

        private final Graph graph;
        final int[] distance;
        final double[] paths;
        final int[] order;
        int visited;

        Search(Graph graph) {
            this.graph = graph;
            int n = graph.ids().size();
            distance = new int[n];
            paths = new double[n];
            order = new int[n];
            Arrays.fill(distance, -1);
        }

        /** Distances and path counts from {@code source}, never passing through {@code removed} (-1: none). */
        void from(int source, int removed) {
            for (int k = 0; k < visited; k++) {
                distance[order[k]] = -1;
                paths[order[k]] = 0;
            }
            visited = 0;
            distance[source] = 0;
            paths[source] = 1;
            order[visited++] = source;
            for (int head = 0; head < visited; head++) {
                int v = order[head];
                for (int w : graph.adjacent()[v]) {
                    if (w == removed) {
                        continue;
                    }
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        order[visited++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
        }
    }
}
