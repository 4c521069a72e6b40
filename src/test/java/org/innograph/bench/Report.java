package org.innograph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes {@code bench/results/<date>-<size>.md} and {@code .csv}, and rebuilds {@code scaling.md} from the
 * latest CSV of every size. Ratios are to (a), the driver floor: below 1 is faster than it.
 */
final class Report {

    private static final List<String> TARGET_WORKLOADS = List.of("neighbourhood-1", "neighbourhood-2", "neighbourhood-3",
            "shortest-path", "nested-listing");

    private Report() {
    }

    static Path write(Path results, RunFacts facts, Map<String, Map<Way, Cell>> cells, BenchSettings settings) throws IOException {
        Files.createDirectories(results);
        String stem = LocalDate.now() + "-" + facts.size;
        Files.writeString(results.resolve(stem + ".csv"), csv(facts, cells));
        Path markdown = results.resolve(stem + ".md");
        Files.writeString(markdown, markdown(facts, cells, settings));
        Files.writeString(results.resolve("scaling.md"), scaling(results));
        return markdown;
    }

    private static String csv(RunFacts facts, Map<String, Map<Way, Cell>> cells) {
        var out = new StringBuilder("size,workload,way,p50_ms,p95_ms,p99_ms,p50_ratio_to_a,p99_ratio_to_a,tput_c1,tput_c4,tput_c16,"
                + "tput_c16_ratio_to_a,errors,mismatches,checked\n");
        cells.forEach((workload, byWay) -> {
            Cell floor = byWay.get(Way.DRIVER);
            byWay.forEach((way, cell) -> out.append(String.join(",", facts.size, workload, way.letter,
                    num(cell.percentileMillis(0.5)), num(cell.percentileMillis(0.95)), num(cell.percentileMillis(0.99)),
                    num(cell.percentileMillis(0.5) / floor.percentileMillis(0.5)),
                    num(cell.percentileMillis(0.99) / floor.percentileMillis(0.99)),
                    num(cell.throughput.getOrDefault(1, Double.NaN)), num(cell.throughput.getOrDefault(4, Double.NaN)),
                    num(cell.throughput.getOrDefault(16, Double.NaN)),
                    num(cell.throughput.getOrDefault(16, Double.NaN) / floor.throughput.getOrDefault(16, Double.NaN)),
                    String.valueOf(cell.errors), String.valueOf(cell.mismatches), String.valueOf(cell.checked))).append('\n'));
        });
        return out.toString();
    }

    private static String markdown(RunFacts facts, Map<String, Map<Way, Cell>> cells, BenchSettings settings) {
        var md = new StringBuilder();
        md.append("# Benchmark, %s relationships, %s\n\n".formatted(facts.size, LocalDate.now()));
        md.append("Written by `bench/run.sh` (`org.innograph.bench.BenchHarnessTest`). Every way asks the same seeded inputs of the same "
                + "embedded Neo4j in the same run; every answer is checked against (a)'s. Ratios are to (a): below 1.00 is faster.\n\n");
        md.append("## Setup\n\n");
        facts.machine.forEach((key, value) -> md.append("- %s: %s\n".formatted(key, value)));
        md.append(("- seed %d; per workload, each way first answers its inputs alone for %.1f s (warm-up, unmeasured), then %d "
                + "warm-up + %d measured inputs at c=1, the ways interleaved per input in rotated order; ")
                .formatted(settings.seed(), settings.warmupTime().toMillis() / 1000.0, settings.warmup(), settings.rounds()));
        md.append("throughput: each way alone for %.1f s at each concurrency %s\n\n".formatted(settings.window().toMillis() / 1000.0,
                settings.concurrencies()));
        md.append("| way | what |\n|---|---|\n");
        for (Way way : Way.values()) {
            String missing = facts.notAvailable.get(way);
            md.append("| %s | %s%s |\n".formatted(way.letter, way.description, missing == null ? "" : " — **not measured: " + missing + "**"));
        }
        md.append("\n## The network\n\n");
        facts.network.describe().forEach(line -> md.append("- ").append(line).append('\n'));
        md.append("- generated in memory in %,d ms (for this summary; the service generates it again when it loads)\n\n"
                .formatted(facts.generateMillis));

        md.append("## p50 at concurrency 1, ratio to (a)\n\n");
        List<Way> ways = cells.values().iterator().next().keySet().stream().toList();
        md.append("| workload | (a) p50 ms |");
        ways.forEach(way -> md.append(" %s |".formatted(way.letter)));
        md.append("\n|---|---|").append("---|".repeat(ways.size())).append('\n');
        cells.forEach((workload, byWay) -> {
            double floor = byWay.get(Way.DRIVER).percentileMillis(0.5);
            md.append("| %s | %s |".formatted(workload, num(floor)));
            ways.forEach(way -> md.append(" %s |".formatted(ratio(byWay.get(way).percentileMillis(0.5), floor))));
            md.append('\n');
        });

        md.append("\n## Per workload\n\n");
        md.append("Latency in ms at c=1; throughput in answers/s; errors and mismatches (answers that differ from (a)) over all runs of the way.\n\n");
        cells.forEach((workload, byWay) -> {
            Cell floor = byWay.get(Way.DRIVER);
            md.append("### %s\n\n".formatted(workload));
            md.append("| way | p50 | p95 | p99 | p50/(a) | p99/(a) | c=1 /s | c=4 /s | c=16 /s | c=16/(a) | errors | mismatches | checked |\n");
            md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            byWay.forEach((way, cell) -> md.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d | %d | %d |\n".formatted(
                    way.letter, num(cell.percentileMillis(0.5)), num(cell.percentileMillis(0.95)), num(cell.percentileMillis(0.99)),
                    ratio(cell.percentileMillis(0.5), floor.percentileMillis(0.5)),
                    ratio(cell.percentileMillis(0.99), floor.percentileMillis(0.99)),
                    num(cell.throughput.getOrDefault(1, Double.NaN)), num(cell.throughput.getOrDefault(4, Double.NaN)),
                    num(cell.throughput.getOrDefault(16, Double.NaN)),
                    ratio(cell.throughput.getOrDefault(16, Double.NaN), floor.throughput.getOrDefault(16, Double.NaN)),
                    cell.errors, cell.mismatches, cell.checked)));
            byWay.forEach((way, cell) -> {
                if (cell.firstProblem != null) {
                    md.append("\n- %s, first problem: `%s`\n".formatted(way.letter, cell.firstProblem.replace('`', '\'')));
                }
            });
            md.append('\n');
        });

        md.append("## Memory and start-up\n\n");
        facts.resources.forEach((key, value) -> md.append("- %s: %s\n".formatted(key, value)));
        md.append("- first start of the in-process service on an empty data directory, generating and loading the network "
                + "through GraphWriter and deriving COOPERATES_WITH: %,d ms\n".formatted(facts.firstStartMillis));
        if (facts.boltStartMillis >= 0) {
            md.append("- (d-bolt) `java -jar` against the running Neo4j over Bolt, launch to first `stats` answer: %,d ms\n"
                    .formatted(facts.boltStartMillis));
        }
        if (facts.neo4jGraphqlStartMillis >= 0) {
            md.append("- (c) node server.mjs against the running Neo4j over Bolt, launch to first answer: %,d ms\n"
                    .formatted(facts.neo4jGraphqlStartMillis));
        }
        md.append("- restart on the existing data with the README's `./start`, launch to first `stats` answer: %s %s\n\n"
                .formatted(facts.restartMillis.stream().map(ms -> "%,d ms".formatted(ms)).toList(), facts.restartNote));

        md.append("## Targets of issue 15 item 7, at this size\n\n");
        md.append(targets(facts, cells));
        return md.toString();
    }

    private static String targets(RunFacts facts, Map<String, Map<Way, Cell>> cells) {
        var out = new StringBuilder();
        var worst = new ArrayList<String>();
        boolean p50Met = true;
        for (String workload : TARGET_WORKLOADS) {
            double r = p50Ratio(cells, workload, Way.GRAPHQL);
            p50Met &= r <= 1.0;
            worst.add("%s %.2fx".formatted(workload, r));
        }
        out.append("- embedded default (d) p50 <= 1.0x (a) on neighbourhood, path and nested listing: **%s** (%s)\n"
                .formatted(p50Met ? "met" : "not met", String.join(", ", worst)));
        var c16 = new ArrayList<String>();
        boolean c16Met = true;
        for (var entry : cells.entrySet()) {
            double r = entry.getValue().get(Way.GRAPHQL).throughput.getOrDefault(16, Double.NaN)
                    / entry.getValue().get(Way.DRIVER).throughput.getOrDefault(16, Double.NaN);
            c16Met &= r >= 1.0;
            c16.add("%s %.2fx".formatted(entry.getKey(), r));
        }
        out.append("- (d) throughput at c=16 >= (a): **%s** (%s)\n".formatted(c16Met ? "met" : "not met", String.join(", ", c16)));
        Cell twoHop = cells.get("neighbourhood-2").get(Way.GRAPHQL);
        double p99 = twoHop.percentileMillis(0.99) / cells.get("neighbourhood-2").get(Way.DRIVER).percentileMillis(0.99);
        out.append("- 2-hop p99 <= 0.8x (a) at ~1M relationships: %s (here %.2fx at %s)\n"
                .formatted(facts.size.equals("1m") ? (p99 <= 0.8 ? "**met**" : "**not met**") : "not this size", p99, facts.size));
        if (cells.values().iterator().next().containsKey(Way.GRAPHQL_BOLT)) {
            var bolt = new ArrayList<String>();
            boolean boltMet = true;
            for (String workload : cells.keySet()) {
                double r = p50Ratio(cells, workload, Way.GRAPHQL_BOLT);
                boltMet &= r <= 1.15;
                bolt.add("%s %.2fx".formatted(workload, r));
            }
            out.append("- over Bolt (d-bolt) p50 <= 1.15x (a) on every workload: **%s** (%s); flat as the graph grows: see scaling.md\n"
                    .formatted(boltMet ? "met" : "not met", String.join(", ", bolt)));
        }
        if (cells.values().iterator().next().containsKey(Way.NEO4J_GRAPHQL)) {
            var c = new ArrayList<String>();
            boolean cMet = true;
            for (String workload : cells.keySet()) {
                double r = cells.get(workload).get(Way.GRAPHQL).percentileMillis(0.5)
                        / cells.get(workload).get(Way.NEO4J_GRAPHQL).percentileMillis(0.5);
                cMet &= r < 1.0;
                c.add("%s %.2fx".formatted(workload, r));
            }
            out.append("- (d) faster than (c) everywhere, p50 of (d) over (c)'s: **%s** (%s)\n".formatted(cMet ? "met" : "not met",
                    String.join(", ", c)));
        }
        else {
            out.append("- faster than (c) everywhere: **not measured** (%s)\n".formatted(facts.notAvailable.get(Way.NEO4J_GRAPHQL)));
        }
        boolean restartMet = !facts.restartMillis.isEmpty() && facts.restartMillis.get(facts.restartMillis.size() - 1) < 8_000;
        out.append("- restart on existing data < 8 s with `./start`: **%s** (%s)\n".formatted(restartMet ? "met" : "not met",
                facts.restartMillis));
        out.append("- heap < 1 GiB at seed scale: not this run (the seed scale is the default sample); heap here: %s\n"
                .formatted(facts.resources.getOrDefault("heap after GC, in-process service + benchmark clients", "?")));
        return out.toString();
    }

    private static double p50Ratio(Map<String, Map<Way, Cell>> cells, String workload, Way way) {
        return cells.get(workload).get(way).percentileMillis(0.5) / cells.get(workload).get(Way.DRIVER).percentileMillis(0.5);
    }

    /** p50 ratio to (a) of every way, by workload, one column per size, from the latest CSV of each size. */
    private static String scaling(Path results) throws IOException {
        Map<String, Path> latest = new TreeMap<>();
        try (Stream<Path> files = Files.list(results)) {
            files.filter(file -> file.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}-.+\\.csv")).sorted()
                    .forEach(file -> latest.put(file.getFileName().toString().substring(11).replace(".csv", ""), file));
        }
        List<String> sizes = latest.keySet().stream().sorted((a, b) -> Long.compare(relationships(a), relationships(b))).toList();
        Map<String, Map<String, String[]>> rows = new TreeMap<>();
        for (String size : sizes) {
            for (String line : Files.readAllLines(latest.get(size)).subList(1, Files.readAllLines(latest.get(size)).size())) {
                String[] columns = line.split(",");
                rows.computeIfAbsent(columns[1] + " " + columns[2], key -> new TreeMap<>()).put(size, columns);
            }
        }
        var md = new StringBuilder("# Scaling across sizes\n\nRebuilt after every run from the latest `<date>-<size>.csv` of each size: ")
                .append(latest.values().stream().map(path -> "`" + path.getFileName() + "`").toList())
                .append(". Each cell: p50 ms (ratio to (a)) / throughput at c=16 per second.\n\n| workload | way |");
        sizes.forEach(size -> md.append(" ").append(size).append(" |"));
        md.append("\n|---|---|").append("---|".repeat(sizes.size())).append('\n');
        rows.forEach((key, bySize) -> {
            md.append("| ").append(key.replace(" ", " | ")).append(" |");
            for (String size : sizes) {
                String[] c = bySize.get(size);
                md.append(c == null ? " |" : " %s (%sx) / %s |".formatted(c[3], c[6], c[10]));
            }
            md.append('\n');
        });
        return md.toString();
    }

    private static long relationships(String size) {
        try {
            return org.innograph.sample.Scale.parse(size).relationships();
        }
        catch (IllegalArgumentException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String ratio(double value, double floor) {
        return Double.isNaN(value) || Double.isNaN(floor) ? "–" : String.format(Locale.ROOT, "%.2fx", value / floor);
    }

    private static String num(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "" : String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
    }
}
