package org.innograph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark harness at its smallest: a tiny generated network, every workload through every way
 * (the second Innograph over Bolt runs in this JVM here, a process of its own in the real benchmark; (c)
 * wherever node is on the PATH, as on our machines and CI, its packages installed from the lockfile first),
 * the same answers from all. No timings are asserted.
 */
class BenchSmokeTest {

    private static final int INPUTS = 2;

    @TempDir
    Path dataDirectory;

    @Test
    void everyWorkloadGivesTheSameAnswerEveryWay() throws Exception {
        try (var service = Service.start(List.of("innograph.neo4j.uri=", "innograph.neo4j.embedded.bolt-port=0",
                "innograph.neo4j.embedded.data-directory=" + dataDirectory, "innograph.sample.scale=3k"));
             var overBolt = Service.start(List.of("innograph.neo4j.uri=" + service.bolt(), "innograph.sample.enabled=false",
                     "innograph.neo4j.execution=driver"))) {
            Map<Way, Client> clients = new EnumMap<>(Way.class);
            clients.put(Way.DRIVER, new DriverClient(service.bolt(), Duration.ofMinutes(1)));
            clients.put(Way.IN_PROCESS, new InProcessClient(service.database(), Duration.ofMinutes(1)));
            clients.put(Way.GRAPHQL, new GraphQlClient(service.graphql()));
            clients.put(Way.GRAPHQL_BOLT, new GraphQlClient(overBolt.graphql()));
            // (c) wherever node is (our machines and CI); without node, said in the output, not failed.
            Path repository = Path.of(".").toAbsolutePath().normalize();
            Optional<String> cUnavailable = Neo4jGraphqlServer.unavailable(repository);
            Neo4jGraphqlServer.Running neo4jGraphql = null;
            if (cUnavailable.isEmpty()) {
                neo4jGraphql = Neo4jGraphqlServer.start(repository, service.bolt(), dataDirectory.resolve("logs"), "smoke", Duration.ofMinutes(1));
                clients.put(Way.NEO4J_GRAPHQL, new GraphQlClient(neo4jGraphql.graphql(), true));
            }
            else {
                System.out.println("BenchSmokeTest: way (c) skipped: " + cUnavailable.get());
            }
            try {
                var inputs = Inputs.draw(service.database(), 1, INPUTS);
                var cells = Measure.run(clients, inputs, new Measure.Plan(Duration.ZERO, 0, INPUTS, Duration.ZERO, List.of()));

                assertThat(cells).hasSize(Workloads.all().size());
                var problems = new ArrayList<String>();
                cells.forEach((workload, byWay) -> {
                    assertThat(byWay).hasSize(clients.size());
                    byWay.forEach((way, cell) -> {
                        if (cell.firstProblem != null || cell.checked != INPUTS) {
                            problems.add("%s %s: %d checked, %s".formatted(workload, way, cell.checked, cell.firstProblem));
                        }
                    });
                });
                assertThat(problems).isEmpty();
            }
            finally {
                clients.values().forEach(Client::close);
                if (neo4jGraphql != null) {
                    neo4jGraphql.process().close();
                }
            }
        }
    }
}
