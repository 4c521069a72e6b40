package org.innograph.database;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request's read through the driver outside any Spring transaction runs as an auto-commit transaction of
 * its own: it must answer as the same read inside a transaction does, and see what the service just wrote.
 */
class DriverExecutionTest extends AgainstBothExecutions {

    @Test
    void aReadOutsideATransactionAnswersAsInsideOne() {
        QueryExecution execution = executions().driver();
        String cypher = queries.get("network/incoming");
        Map<String, Object> parameters = Map.of("ids", List.of("country:CN", "country:KE", "nope:1"), "type", "LOCATED_IN",
                "limit", 50, "properties", List.of("id", "kind", "name"), "withEdge", false);

        List<String> alone = execution.read(cypher, parameters, row -> row.toString(), new RequestDeadline(Duration.ofSeconds(10)));
        List<String> inTransaction = new TransactionTemplate(execution.transactionManager()).execute(status ->
                execution.read(cypher, parameters, row -> row.toString(), new RequestDeadline(Duration.ofSeconds(10))));

        assertThat(alone).hasSize(100).isEqualTo(inTransaction); // 50 of each country; the unknown id has no row
    }

    @Test
    void aReadSeesTheWriteTheServiceJustCommitted() {
        QueryExecution execution = executions().driver();
        String id = "test:driver-execution-" + System.nanoTime();
        try {
            new TransactionTemplate(execution.transactionManager()).executeWithoutResult(status ->
                    execution.write("CREATE (:DriverExecutionTest {id: $id})", Map.of("id", id)));

            List<String> read = execution.read("MATCH (n:DriverExecutionTest {id: $id}) RETURN n.id AS id", Map.of("id", id),
                    row -> row.get("id").asString(), new RequestDeadline(Duration.ofSeconds(10)));

            assertThat(read).containsExactly(id);
        }
        finally {
            try (var session = driver.session()) {
                session.run("MATCH (n:DriverExecutionTest) DELETE n").consume();
            }
        }
    }
}
