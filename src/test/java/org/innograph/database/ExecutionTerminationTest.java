package org.innograph.database;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A request's deadline and its cancellation hold on both executions: a stopped request leaves no query running. */
class ExecutionTerminationTest extends AgainstBothExecutions {

    /** Counts to a billion, finding nothing: runs for minutes unless ended. */
    private static final String ENDLESS = "UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN x";

    @ParameterizedTest
    @ValueSource(strings = {"in-process", "driver"})
    void aCancelledRequestsQueryEndsAtOnceAndLeavesNoTransaction(String way) {
        QueryExecution execution = executions().named(way);
        var deadline = new RequestDeadline(Duration.ofMinutes(2));
        var running = CompletableFuture.supplyAsync(() -> execution.read(ENDLESS,
                Map.of(QueryRunner.REQUEST_PARAMETER, deadline.id()), row -> row, deadline));
        await().atMost(Duration.ofSeconds(20)).until(() -> openTransactions(deadline.id()) > 0);

        long stopped = System.nanoTime();
        deadline.stop(RequestDeadline.Stop.CANCELLED);
        assertThat(execution.terminate(deadline.id())).isPositive();

        assertThatThrownBy(() -> running.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - stopped)).isLessThan(Duration.ofSeconds(5));
        await().atMost(Duration.ofSeconds(5)).until(() -> openTransactions(deadline.id()) == 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"in-process", "driver"})
    void aQueryEndsWhenItsRequestsTimeIsUpEvenIfNobodyEndsIt(String way) {
        QueryExecution execution = executions().named(way);
        var deadline = new RequestDeadline(Duration.ofSeconds(2));
        long started = System.nanoTime();
        assertThatThrownBy(() -> execution.read(ENDLESS, Map.of(QueryRunner.REQUEST_PARAMETER, deadline.id()),
                row -> row, deadline)).isInstanceOf(RuntimeException.class);
        // In-process the transaction's timeout is the time left; over the driver it is rounded up to seconds.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    private long openTransactions(String requestId) {
        try (var session = driver.session()) {
            return session.run("SHOW TRANSACTIONS YIELD parameters WHERE parameters.innographRequest = $id RETURN count(*) AS open",
                    Map.of("id", requestId)).single().get("open").asLong();
        }
    }
}
