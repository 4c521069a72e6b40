package org.innograph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.neo4j.graphdb.GraphDatabaseService;

/**
 * The seeded inputs of every workload, drawn from what the database holds (ids read in id order, so the
 * same database and seed give the same inputs). Starting points are half uniform over the institutions
 * that take part in something, half weighted by how much they take part, so hubs come up as often as a
 * heavy tail makes them matter.
 */
final class Inputs {

    private final Random random;
    private final List<String> ids;
    private final List<String> institutions;
    private final List<String> participations;
    private final List<String> regions;
    private final List<String> fields;
    private final List<String> names;

    private Inputs(GraphDatabaseService database, long seed) {
        this.random = new Random(seed);
        this.ids = strings(database, "MATCH (n:Entity) RETURN n.id AS v ORDER BY v", Map.of());
        this.institutions = strings(database,
                "MATCH (i:Institution) WHERE EXISTS { (i)-[:PARTNER_OF|PARTICIPATES_IN]->() } RETURN i.id AS v ORDER BY v", Map.of());
        // One row per participation, sampled: picking from it weighs institutions by their degree.
        this.participations = strings(database, """
                MATCH (i:Institution)-[:PARTNER_OF|PARTICIPATES_IN]->(x)
                WITH i, x ORDER BY x.id LIMIT 200000
                RETURN i.id AS v ORDER BY v""", Map.of());
        this.regions = strings(database, "MATCH (r:Region) RETURN r.id AS v ORDER BY v", Map.of());
        this.fields = strings(database, "MATCH (f:Field) WHERE EXISTS { (:JointLab)-[:IN_FIELD]->(f) } RETURN f.id AS v ORDER BY v",
                Map.of());
        this.names = strings(database, "MATCH (n:Entity) WHERE n.kind IN ['INSTITUTION', 'JOINT_LAB', 'PROJECT'] "
                + "RETURN n.name AS v ORDER BY n.id LIMIT 50000", Map.of());
    }

    /** {@code count} inputs for every workload, by workload name. */
    static Map<String, List<Map<String, Object>>> draw(GraphDatabaseService database, long seed, int count) {
        return new Inputs(database, seed).draw(count);
    }

    private Map<String, List<Map<String, Object>>> draw(int count) {
        var all = new HashMap<String, List<Map<String, Object>>>();
        for (Workload workload : Workloads.all()) {
            var inputs = new ArrayList<Map<String, Object>>();
            for (int i = 0; i < count; i++) {
                inputs.add(input(workload.name(), i));
            }
            all.put(workload.name(), inputs);
        }
        return all;
    }

    private Map<String, Object> input(String workload, int i) {
        return switch (workload) {
            case "lookup" -> Map.of("id", pick(ids));
            case "search" -> Map.of("text", searchText());
            case "neighbourhood-1", "neighbourhood-2", "neighbourhood-3" ->
                    Map.of("id", startingPoint(i), "depth", Integer.parseInt(workload.substring(workload.length() - 1)));
            case "shortest-path" -> pair(startingPoint(i));
            case "connecting-labs" -> Map.of("regionA", pick(regions), "regionB", pick(regions));
            case "labs-page" -> Map.of("field", pick(fields));
            case "nested-listing" -> Map.of("region", pick(regions));
            case "coverage" -> Map.of("field", pick(fields), "asOf", "%d-06-30".formatted(2005 + random.nextInt(20)));
            default -> throw new IllegalArgumentException(workload);
        };
    }

    /** From a node to another institution: a path from a node to itself is no question (and legacy shortestPath refuses it). */
    private Map<String, Object> pair(String from) {
        String to = pick(institutions);
        while (to.equals(from)) {
            to = pick(institutions);
        }
        return Map.of("from", from, "to", to);
    }

    private String startingPoint(int i) {
        return i % 2 == 0 ? pick(institutions) : pick(participations);
    }

    /**
     * One or two words of a name, lower-cased, the last cut to a prefix: what a person types. Only plain
     * ASCII letters, so that {@link Workloads#lucene} builds the query Innograph builds.
     */
    private String searchText() {
        while (true) {
            List<String> words = new ArrayList<>();
            for (String word : pick(names).toLowerCase().split("[^a-z]+")) {
                if (word.length() >= 4 && !List.of("with", "from", "into").contains(word)) {
                    words.add(word);
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            int start = random.nextInt(words.size());
            String first = words.get(start);
            if (start + 1 < words.size() && random.nextBoolean()) {
                String second = words.get(start + 1);
                return first + " " + second.substring(0, Math.max(3, second.length() - random.nextInt(3)));
            }
            return first.substring(0, Math.max(3, first.length() - random.nextInt(3)));
        }
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static List<String> strings(GraphDatabaseService database, String cypher, Map<String, Object> parameters) {
        return database.executeTransactionally(cypher, parameters, result -> {
            var values = new ArrayList<String>();
            result.forEachRemaining(row -> values.add((String) row.get("v")));
            return values;
        });
    }
}
