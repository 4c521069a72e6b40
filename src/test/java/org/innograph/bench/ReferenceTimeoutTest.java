package org.innograph.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.innograph.TestNeo4j;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reference ways stop a hand-written query that runs past their bound (bench.query-timeout-seconds): the
 * input is an error of that way, and the run goes on, where one shortest-path pair of 200 at 1m had kept it
 * waiting for over ten minutes.
 */
class ReferenceTimeoutTest {

    private static final Duration BOUND = Duration.ofMillis(300);
    /** Counts to a billion: many seconds of work, none of it reading the graph. */
    private static final Workload SLOW = new Workload("slow", "a query past any bound",
            "UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n", "{ __typename }", List.of(),
            rows -> String.valueOf(rows), data -> String.valueOf(data));

    @Test
    void theQueryInProcessIsStoppedAtItsBound() {
        var client = new InProcessClient(TestNeo4j.database(), BOUND);
        long started = System.nanoTime();

        assertThatThrownBy(() -> client.answer(SLOW, Map.of())).hasMessageContaining("terminated");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void theQueryOverBoltIsStoppedAtItsBound() {
        try (var client = new DriverClient(TestNeo4j.boltUri(), BOUND)) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> client.answer(SLOW, Map.of())).hasMessageContaining("terminated");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        }
    }
}
