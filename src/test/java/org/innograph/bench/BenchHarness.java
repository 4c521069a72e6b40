package org.innograph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.innograph.sample.ScaleNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One size, start to end: generate the network, start Innograph on it in this JVM (embedded Neo4j, Bolt on
 * a free loopback port), start a second Innograph as its own process against that Neo4j over Bolt, measure
 * every way, read memory, stop what was started, time a restart with {@code ./start}, write the report.
 */
final class BenchHarness {

    private static final Logger log = LoggerFactory.getLogger(BenchHarness.class);

    private final BenchSettings settings;

    BenchHarness(BenchSettings settings) {
        this.settings = settings;
    }

    Path run(String size) throws Exception {
        var facts = new RunFacts();
        facts.size = size;
        facts.machine.putAll(Machine.describe());
        long generating = System.nanoTime();
        facts.network = ScaleNetwork.summarise(size, settings.seed(), "CN");
        facts.generateMillis = (System.nanoTime() - generating) / 1_000_000;
        facts.network.describe().forEach(line -> log.info("Network: {}", line));

        Path data = settings.data(size);
        if (!settings.reuse()) {
            deleteTree(data);
        }
        Resources.resetPeaks();
        Map<String, Map<Way, Cell>> cells;
        try (var service = Service.start(List.of("innograph.neo4j.uri=", "innograph.neo4j.embedded.bolt-port=0",
                "innograph.neo4j.embedded.data-directory=" + data, "innograph.neo4j.embedded.page-cache=" + settings.pageCache(),
                "innograph.neo4j.embedded.transaction-memory=3g", "innograph.neo4j.embedded.transaction-memory-each=3g",
                "innograph.neo4j.embedded.transaction-timeout=30m", "innograph.sample.scale=" + size,
                "innograph.sample.seed=" + settings.seed(), "innograph.neo4j.execution=auto"))) {
            facts.firstStartMillis = service.startMillis;
            log.info("Service up with the {} network in {} ms; Bolt at {}", size, service.startMillis, service.bolt());
            Map<Way, Client> clients = new EnumMap<>(Way.class);
            clients.put(Way.DRIVER, new DriverClient(service.bolt(), settings.queryTimeout()));
            clients.put(Way.IN_PROCESS, new InProcessClient(service.database(), settings.queryTimeout()));
            clients.put(Way.GRAPHQL, new GraphQlClient(service.graphql()));
            ChildProcess overBolt = startOverBolt(service.bolt(), size, facts);
            Neo4jGraphqlServer.Running neo4jGraphql = null;
            try {
                if (overBolt != null) {
                    clients.put(Way.GRAPHQL_BOLT, new GraphQlClient(graphql(overBolt)));
                }
                var cUnavailable = Neo4jGraphqlServer.unavailable(settings.repository());
                if (cUnavailable.isPresent()) {
                    facts.notAvailable.put(Way.NEO4J_GRAPHQL, cUnavailable.get());
                }
                else {
                    neo4jGraphql = Neo4jGraphqlServer.start(settings.repository(), service.bolt(), settings.results().resolve("logs"), size,
                            settings.queryTimeout());
                    facts.neo4jGraphqlStartMillis = neo4jGraphql.process().startMillis;
                    clients.put(Way.NEO4J_GRAPHQL, new GraphQlClient(neo4jGraphql.graphql(), true));
                }
                var inputs = Inputs.draw(service.database(), settings.seed(), settings.rounds());
                cells = Measure.run(clients, inputs, new Measure.Plan(settings.warmupTime(), settings.warmup(), settings.rounds(), settings.window(),
                        settings.concurrencies()));
                facts.resources.put("heap peak during the run, in-process service + benchmark clients", Resources.peakHeapMiB() + " MiB");
                facts.resources.put("heap after GC, in-process service + benchmark clients", Resources.heapAfterGcMiB() + " MiB");
                facts.resources.put("RSS of that JVM (embedded Neo4j's page cache %s included)".formatted(settings.pageCache()),
                        Resources.ownRssMiB() + " MiB");
                if (overBolt != null) {
                    facts.resources.put("(d-bolt) RSS of the second Innograph, -Xmx2g", overBolt.rssMiB() + " MiB");
                    facts.resources.put("(d-bolt) heap in use of the second Innograph", heapOf(overBolt));
                }
                if (neo4jGraphql != null) {
                    facts.resources.put("(c) RSS of the node process", neo4jGraphql.process().rssMiB() + " MiB");
                }
            }
            finally {
                clients.values().forEach(Client::close);
                if (neo4jGraphql != null) {
                    neo4jGraphql.process().close();
                }
                if (overBolt != null) {
                    overBolt.close();
                }
            }
        }
        restart(data, facts);
        Path report = Report.write(settings.results(), facts, cells, settings);
        log.info("Wrote {}", report);
        return report;
    }

    private int overBoltPort;

    private ChildProcess startOverBolt(URI bolt, String size, RunFacts facts) throws Exception {
        if (!Files.exists(settings.jar())) {
            facts.notAvailable.put(Way.GRAPHQL_BOLT, "no " + settings.jar() + " (bench/run.sh builds it)");
            return null;
        }
        overBoltPort = freePort();
        var command = List.of("java", "-Xmx2g", "-jar", settings.jar().toString(), "--server.address=127.0.0.1",
                "--server.port=" + overBoltPort, "--innograph.neo4j.uri=" + bolt, "--innograph.sample.enabled=false",
                "--innograph.neo4j.execution=driver", "--spring.main.banner-mode=off");
        var child = ChildProcess.start(command, settings.repository(), settings.results().resolve("logs/" + size + "-d-bolt.log"),
                URI.create("http://127.0.0.1:" + overBoltPort + "/graphql"), Duration.ofMinutes(3));
        facts.boltStartMillis = child.startMillis;
        log.info("Second Innograph over Bolt up (PID {}) in {} ms", child.pid(), child.startMillis);
        return child;
    }

    private URI graphql(ChildProcess child) {
        return URI.create("http://127.0.0.1:" + overBoltPort + "/graphql");
    }

    private String heapOf(ChildProcess child) {
        try {
            var http = java.net.http.HttpClient.newHttpClient();
            String body = http.send(java.net.http.HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + overBoltPort + "/actuator/metrics/jvm.memory.used?tag=area:heap")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            var matcher = java.util.regex.Pattern.compile("\"value\":([0-9.E]+)").matcher(body);
            return matcher.find() ? (long) (Double.parseDouble(matcher.group(1)) / (1024 * 1024)) + " MiB (not after GC)" : body;
        }
        catch (Exception e) {
            return "unknown: " + e;
        }
    }

    /** Twice: the first may make ./start's class-data-sharing archive of a new build. */
    private void restart(Path data, RunFacts facts) throws Exception {
        boolean archived = hasArchive();
        var times = new ArrayList<Long>();
        for (int i = 0; i < 2; i++) {
            int port = freePort();
            var command = List.of("./start", "--server.address=127.0.0.1", "--server.port=" + port,
                    "--innograph.neo4j.embedded.data-directory=" + data, "--innograph.neo4j.embedded.bolt-port=0",
                    "--innograph.neo4j.embedded.page-cache=" + settings.pageCache(), "--spring.main.banner-mode=off");
            try (var child = ChildProcess.start(command, settings.repository(),
                    settings.results().resolve("logs/" + facts.size + "-restart-" + (i + 1) + ".log"),
                    URI.create("http://127.0.0.1:" + port + "/graphql"), Duration.ofMinutes(5))) {
                times.add(child.startMillis);
                log.info("Restart {} with ./start: {} ms", i + 1, child.startMillis);
            }
        }
        facts.restartMillis = times;
        facts.restartNote = archived ? "(./start's class archive, CDS or AOT cache, existed before both)"
                : "(the first made ./start's class archive of this build and JDK, CDS or AOT cache, ~30 s; the second used it)";
    }

    /** Whether ./start will find a class archive of this build: it extracts a newer jar afresh, without one. */
    private boolean hasArchive() throws IOException {
        Path app = settings.repository().resolve("target/app");
        Path extracted = app.resolve(settings.jar().getFileName());
        if (!Files.exists(extracted) || Files.getLastModifiedTime(settings.jar()).compareTo(Files.getLastModifiedTime(extracted)) > 0) {
            return false;
        }
        try (Stream<Path> files = Files.list(app)) {
            return files.anyMatch(file -> file.toString().endsWith(".jsa") || file.toString().endsWith(".aot"));
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
