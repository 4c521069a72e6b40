package org.innograph.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What one way did on one workload: latencies at concurrency 1, throughput by concurrency, failures. */
final class Cell {

    final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    final Map<Integer, Double> throughput = new TreeMap<>();
    int errors;
    int mismatches;
    int checked;
    String firstProblem;

    synchronized void problem(String kind, String detail) {
        if (kind.equals("mismatch")) {
            mismatches++;
        }
        else {
            errors++;
        }
        if (firstProblem == null) {
            firstProblem = kind + ": " + detail;
        }
    }

    /** The q-th quantile of the latencies, in milliseconds (nearest rank). */
    double percentileMillis(double q) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank))) / 1e6;
    }
}
