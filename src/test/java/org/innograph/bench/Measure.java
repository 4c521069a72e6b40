package org.innograph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every workload every way: first latency at concurrency 1, the ways interleaved per input in an order
 * rotated from input to input (so machine noise hits all ways alike), every answer checked against the
 * driver's (a); then throughput at each concurrency, each way on its own for a fixed window.
 */
final class Measure {

    private static final Logger log = LoggerFactory.getLogger(Measure.class);

    /**
     * @param warmupTime how long each way answers a workload's inputs on its own, unmeasured, before the
     *     interleaved rounds: long enough for the JIT to compile every way's path, so that c=1 compares
     *     compiled code and not how much code each way interprets
     * @param warmup interleaved rounds after that, unmeasured
     */
    record Plan(Duration warmupTime, int warmup, int rounds, Duration window, List<Integer> concurrencies) {
    }

    private Measure() {
    }

    /** Workload name to way to what it did. */
    static Map<String, Map<Way, Cell>> run(Map<Way, Client> clients, Map<String, List<Map<String, Object>>> inputs, Plan plan)
            throws InterruptedException {
        var cells = new LinkedHashMap<String, Map<Way, Cell>>();
        List<Way> ways = List.copyOf(clients.keySet());
        for (Workload workload : Workloads.all()) {
            var byWay = new EnumMap<Way, Cell>(Way.class);
            ways.forEach(way -> byWay.put(way, new Cell()));
            cells.put(workload.name(), byWay);
            latency(workload, clients, ways, inputs.get(workload.name()), plan, byWay);
            log.info("{}: p50 {}", workload.name(), summary(byWay));
        }
        if (!plan.concurrencies().isEmpty()) {
            for (Workload workload : Workloads.all()) {
                for (Way way : ways) {
                    for (int concurrency : plan.concurrencies()) {
                        throughput(workload, clients.get(way), inputs.get(workload.name()), concurrency, plan.window(),
                                cells.get(workload.name()).get(way));
                    }
                }
                log.info("{}: throughput {}", workload.name(), cells.get(workload.name()).entrySet().stream()
                        .map(e -> e.getKey().letter + "=" + e.getValue().throughput).toList());
            }
        }
        return cells;
    }

    private static void latency(Workload workload, Map<Way, Client> clients, List<Way> ways, List<Map<String, Object>> inputs,
            Plan plan, Map<Way, Cell> cells) {
        for (Way way : ways) {
            warmUp(workload, clients.get(way), inputs, plan.warmupTime());
        }
        for (int round = 0; round < plan.warmup() + plan.rounds(); round++) {
            Map<String, Object> input = inputs.get(round % inputs.size());
            var answers = new EnumMap<Way, String>(Way.class);
            for (int i = 0; i < ways.size(); i++) {
                Way way = ways.get((round + i) % ways.size());
                long started = System.nanoTime();
                try {
                    answers.put(way, clients.get(way).answer(workload, input));
                    if (round >= plan.warmup()) {
                        cells.get(way).nanos.add(System.nanoTime() - started);
                    }
                }
                catch (Exception e) {
                    cells.get(way).problem("error", input + ": " + e);
                }
            }
            String reference = answers.get(Way.DRIVER);
            answers.forEach((way, answer) -> {
                cells.get(way).checked++;
                if (reference != null && !answer.equals(reference)) {
                    cells.get(way).problem("mismatch", "%s: (a) %s | %s %s".formatted(input, abbreviated(reference), way.letter,
                            abbreviated(answer)));
                }
            });
        }
    }

    /** Answers the inputs in turn for {@code time}; a failure here shows again in the measured rounds. */
    private static void warmUp(Workload workload, Client client, List<Map<String, Object>> inputs, Duration time) {
        long deadline = System.nanoTime() + time.toNanos();
        for (int i = 0; System.nanoTime() < deadline; i++) {
            try {
                client.answer(workload, inputs.get(i % inputs.size()));
            }
            catch (Exception e) {
                log.debug("Warm-up of {}: {}", workload.name(), e.toString());
            }
        }
    }

    private static void throughput(Workload workload, Client client, List<Map<String, Object>> inputs, int concurrency,
            Duration window, Cell cell) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        var done = new AtomicLong();
        long started = System.nanoTime();
        long deadline = started + window.toNanos();
        var futures = new ArrayList<Future<?>>();
        for (int t = 0; t < concurrency; t++) {
            int offset = t * 7;
            futures.add(threads.submit(() -> {
                for (int i = offset; System.nanoTime() < deadline; i++) {
                    Map<String, Object> input = inputs.get(i % inputs.size());
                    try {
                        client.answer(workload, input);
                        done.incrementAndGet();
                    }
                    catch (Exception e) {
                        cell.problem("error", "c=" + concurrency + " " + input + ": " + e);
                    }
                }
            }));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            }
            catch (java.util.concurrent.ExecutionException e) {
                cell.problem("error", String.valueOf(e.getCause()));
            }
        }
        threads.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        cell.throughput.put(concurrency, done.get() / seconds);
    }

    private static String summary(Map<Way, Cell> cells) {
        var parts = new ArrayList<String>();
        cells.forEach((way, cell) -> parts.add("%s %.2f ms%s".formatted(way.letter, cell.percentileMillis(0.5),
                cell.errors + cell.mismatches > 0 ? " (" + cell.errors + " errors, " + cell.mismatches + " mismatches)" : "")));
        return String.join(", ", parts);
    }

    private static String abbreviated(String answer) {
        String flat = answer.replace('\n', ' ');
        return flat.length() > 400 ? flat.substring(0, 400) + "... (" + flat.length() + " chars)" : flat;
    }
}
