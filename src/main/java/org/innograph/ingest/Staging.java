package org.innograph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows read from an import folder, checked row by row but not yet against each other and the database:
 * the nodes and edges to write, the problems found so far, and the counts per part.
 */
final class Staging {

    /** A node to write, and where it was read. {@code countryCode} is checked to name a country. */
    record StagedNode(String part, String file, long line, NodeRow row, String countryCode) {

        /** A node whose {@code countryCode} property, if it has one, is checked to name a country. */
        static StagedNode checkingItsCountry(String part, String file, long line, NodeRow row) {
            return new StagedNode(part, file, line, row, row.properties().get("countryCode") instanceof String code ? code : null);
        }
    }

    /** An edge to write, and where it was read. */
    record StagedEdge(String part, String file, long line, EdgeRow row) {
    }

    /** Counts of one part; mutable while the import runs. */
    static final class Tally {
        long rows;
        long created;
        long updated;
        long unchanged;
        long rejected;
        long merged;
    }

    final List<StagedNode> nodes = new ArrayList<>();
    final List<StagedEdge> edges = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    /** One copy of each id and repeated value of the staged rows. */
    final SharedValues shared = new SharedValues();
    private final Map<String, Tally> tallies = new LinkedHashMap<>();

    Tally tally(String part) {
        return tallies.computeIfAbsent(part, p -> new Tally());
    }

    void reject(String part, Problem problem) {
        problems.add(problem);
        tally(part).rejected++;
    }

    List<PartSummary> summaries() {
        return tallies.entrySet().stream().map(entry -> {
            Tally t = entry.getValue();
            return new PartSummary(entry.getKey(), t.rows, t.created, t.updated, t.unchanged, t.rejected, t.merged);
        }).toList();
    }
}
