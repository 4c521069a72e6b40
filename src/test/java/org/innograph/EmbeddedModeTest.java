package org.innograph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.innograph.database.EmbeddedNeo4j;
import org.innograph.database.QueryRunner;
import org.innograph.sample.SampleNetworkStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default mode: with no Neo4j URI the service runs a real Neo4j inside its own JVM, queries it
 * in-process, loads the sample network once, and finds it again after a restart on the same data directory.
 */
class EmbeddedModeTest {

    @TempDir
    Path dataDirectory;

    private static String[] withBoltOff(String[] settings) {
        String[] off = Arrays.copyOf(settings, settings.length + 1);
        off[settings.length] = "innograph.neo4j.embedded.bolt-enabled=false";
        return off;
    }

    @Test
    void runsARealNeo4jOnLoopbackAndKeepsTheDataAcrossARestartWithoutDuplicates() throws Exception {
        String[] settings = {"innograph.neo4j.uri=", "innograph.neo4j.embedded.bolt-port=0",
                "innograph.neo4j.embedded.data-directory=" + dataDirectory};
        Map<String, Long> firstStart;
        try (var service = RunningService.start(settings)) {
            assertThat(service.bean(EmbeddedNeo4j.class).boltUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(service.bean(SampleNetworkStatus.class).state()).isEqualTo(SampleNetworkStatus.State.LOADED);
            firstStart = service.nodeCounts();
            assertThat(firstStart.get("PROJECT")).isGreaterThanOrEqualTo(1000);
            // Not ready while the sample network loads; ready once, and only after, it has loaded.
            assertThat(service.readiness()).containsExactly("REFUSING_TRAFFIC/PENDING", "ACCEPTING_TRAFFIC/LOADED");
        }
        assertThat(Files.list(dataDirectory)).isNotEmpty();

        // Queries run in-process, so the service needs no Bolt listener at all.
        try (var service = RunningService.start(withBoltOff(settings))) {
            assertThat(service.bean(QueryRunner.class).execution()).isEqualTo("in-process");
            assertThat(service.bean("neo4jHealthIndicator", HealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
            assertThat(service.bean(SampleNetworkStatus.class).state()).isEqualTo(SampleNetworkStatus.State.ALREADY_LOADED);
            assertThat(service.readiness()).last().isEqualTo("ACCEPTING_TRAFFIC/ALREADY_LOADED");
            assertThat(service.nodeCounts()).isEqualTo(firstStart);
        }
    }
}
