package org.innograph.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A process this benchmark starts (a second Innograph, {@code ./start} for the restart time) and stops by
 * its PID, also when the benchmark's JVM exits early. Ready once it answers a GraphQL {@code stats}.
 */
final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final Thread stopOnExit;
    final long startMillis;

    private ChildProcess(Process process, Thread stopOnExit, long startMillis) {
        this.process = process;
        this.stopOnExit = stopOnExit;
        this.startMillis = startMillis;
    }

    static ChildProcess start(List<String> command, Path directory, Path log, URI graphql, Duration timeout) throws Exception {
        return start(command, directory, log, graphql, timeout, "{ stats { totalNodes } }");
    }

    /** Ready once {@code probe} answers without errors. */
    static ChildProcess start(List<String> command, Path directory, Path log, URI graphql, Duration timeout, String probe)
            throws Exception {
        Files.createDirectories(log.getParent());
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Thread stopOnExit = new Thread(() -> stop(process), "stop-pid-" + process.pid());
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        var client = new GraphQlClient(graphql);
        var stats = new Workload("probe", "", "", probe, List.of(), rows -> "", data -> "ok");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                client.answer(stats, Map.of());
                return new ChildProcess(process, stopOnExit, (System.nanoTime() - started) / 1_000_000);
            }
            catch (IOException | IllegalStateException notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    stop(process);
                    throw new IllegalStateException("%s did not answer (exit %s); see %s".formatted(command,
                            process.isAlive() ? "none" : process.exitValue(), log), notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    long pid() {
        return process.pid();
    }

    /** Resident memory of the process, in MiB, from /proc (Linux). */
    long rssMiB() {
        return Resources.rssMiB(process.pid());
    }

    @Override
    public void close() {
        stop(process);
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }
        catch (IllegalStateException exiting) {
            // The JVM is exiting: the hook stops it anyway.
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
