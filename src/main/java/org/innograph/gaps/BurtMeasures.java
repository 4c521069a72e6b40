package org.innograph.gaps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Burt's structural-holes measures of one ego network on a weighted, undirected graph, as Burt (1992) defines
 * them and NetworkX implements them ({@code constraint}, {@code effective_size}). With p(i, j) the proportion of
 * i's tie weight that goes to j (over all of i's ties) and m(j, q) j's tie to q divided by j's strongest tie:
 * <ul>
 * <li>the dyadic constraint of alter j on ego i is (p(i, j) + sum over alters q of p(i, q) p(q, j))^2, and the
 *     ego's constraint is its sum over the alters;</li>
 * <li>the effective size is the sum over alters j of 1 - sum over alters q of p(i, q) m(j, q).</li>
 * </ul>
 * Undirected, so the mutual weight NetworkX sums over both directions is twice the tie, which the proportions
 * cancel.
 */
final class BurtMeasures {

    /** An alter: its tie to the ego, the sum and largest of all its ties, and its ties to the other alters. */
    record Alter(String id, double weight, double total, double strongest, Map<String, Double> among) {
    }

    /** The measures; null for an ego with no tie, where Burt's measures are undefined. */
    record Result(Double effectiveSize, Double constraint, Map<String, Double> dyadicConstraint) {
    }

    private BurtMeasures() {
    }

    /** The measures of an ego whose ties weigh {@code egoWeight} in all, over these alters. */
    static Result of(double egoWeight, List<Alter> alters) {
        if (alters.isEmpty() || egoWeight == 0) {
            return new Result(null, null, Map.of());
        }
        Map<String, Double> fromEgo = new HashMap<>();
        alters.forEach(alter -> fromEgo.put(alter.id(), alter.weight() / egoWeight));
        double effectiveSize = 0;
        double constraint = 0;
        Map<String, Double> dyadic = new HashMap<>();
        for (Alter j : alters) {
            double indirect = 0;
            double redundancy = 0;
            for (Alter q : alters) {
                double qj = q.among().getOrDefault(j.id(), 0.0);
                if (qj > 0) {
                    indirect += fromEgo.get(q.id()) * qj / q.total();
                    redundancy += fromEgo.get(q.id()) * qj / j.strongest();
                }
            }
            double c = Math.pow(fromEgo.get(j.id()) + indirect, 2);
            dyadic.put(j.id(), c);
            constraint += c;
            effectiveSize += 1 - redundancy;
        }
        return new Result(effectiveSize, constraint, dyadic);
    }
}
