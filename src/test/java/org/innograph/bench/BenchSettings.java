package org.innograph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * One benchmark run, from system properties (bench/run.sh passes them).
 *
 * @param sizes the network sizes ({@code bench.sizes}: {@code 10k,100k}, see innograph.sample.scale)
 * @param seed generator and input seed ({@code bench.seed})
 * @param warmupTime how long each way answers each workload's inputs alone, unmeasured, before the rounds at
 *     concurrency 1 ({@code bench.warmup-seconds})
 * @param warmup interleaved rounds after that, unmeasured ({@code bench.warmup})
 * @param rounds measured inputs per workload at concurrency 1 ({@code bench.rounds}), after {@code warmup}
 * @param window how long each way runs at each concurrency ({@code bench.window-seconds})
 * @param reuse keep a size's database from an earlier run instead of generating it again ({@code bench.reuse})
 * @param pageCache the embedded Neo4j's page cache ({@code bench.page-cache})
 * @param queryTimeout how long the hand-written Cypher of (a) and (e), and each transaction of (c), may run for one
 *     input before the database stops it and it counts as an error ({@code bench.query-timeout-seconds}); the
 *     hand-written shortest path is the legacy {@code shortestPath()} because a {@code SHORTEST} query was stopped
 *     only at the database's next check, at 1m up to minutes late (bench/results/2026-11-28-1m-200-rounds-stopped.md)
 */
record BenchSettings(List<String> sizes, long seed, Duration warmupTime, int warmup, int rounds, Duration window, List<Integer> concurrencies,
        boolean reuse, String pageCache, Path repository, Duration queryTimeout) {

    static BenchSettings fromSystemProperties() {
        Path repository = Path.of(System.getProperty("bench.repository", ".")).toAbsolutePath().normalize();
        return new BenchSettings(List.of(System.getProperty("bench.sizes", "10k").split("[ ,]+")),
                Long.getLong("bench.seed", 20261126L), seconds("bench.warmup-seconds", "5"), Integer.getInteger("bench.warmup", 5), Integer.getInteger("bench.rounds", 30),
                seconds("bench.window-seconds", "2"),
                Arrays.stream(System.getProperty("bench.concurrencies", "1,4,16").split(",")).map(Integer::valueOf).toList(),
                Boolean.getBoolean("bench.reuse"), System.getProperty("bench.page-cache", "1g"), repository,
                seconds("bench.query-timeout-seconds", "120"));
    }

    private static Duration seconds(String property, String otherwise) {
        return Duration.ofMillis((long) (Double.parseDouble(System.getProperty(property, otherwise)) * 1000));
    }

    Path data(String size) {
        return repository.resolve("bench/data/" + size);
    }

    Path results() {
        return repository.resolve("bench/results");
    }

    Path jar() {
        return repository.resolve("target/innograph-0.1.0-SNAPSHOT.jar");
    }
}
