package org.innograph.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code stream} hands over, row by row, exactly the rows {@code read} returns, in-process and through the driver alike. */
class StreamedRowsTest extends AgainstBothExecutions {

    private static Object edge(Record row) {
        return row.get("edge").asMap();
    }

    @ParameterizedTest
    @ValueSource(strings = {"in-process", "driver"})
    void streamedRowsAreTheRowsOfARead(String name) {
        QueryExecution execution = executions().named(name);
        String cypher = queries.get("export/edges");
        var streamed = new ArrayList<Object>();
        long count = execution.stream(cypher, Map.of(), StreamedRowsTest::edge, streamed::add, null);

        List<Object> read = execution.read(cypher, Map.of(), StreamedRowsTest::edge, null);
        assertThat(count).isEqualTo(read.size()).isGreaterThan(20_000);
        assertThat(streamed).isEqualTo(read);
    }

    @Test
    void bothExecutionsStreamTheSameRows() {
        String cypher = queries.get("export/edges");
        var inProcess = new ArrayList<Object>();
        var throughDriver = new ArrayList<Object>();
        executions().inProcess().stream(cypher, Map.of(), StreamedRowsTest::edge, inProcess::add, null);
        executions().driver().stream(cypher, Map.of(), StreamedRowsTest::edge, throughDriver::add, null);
        assertThat(inProcess).isEqualTo(throughDriver);
    }

    @ParameterizedTest
    @ValueSource(strings = {"in-process", "driver"})
    void aConsumerThatFailsEndsTheQueryWithItsOwnError(String name) {
        QueryExecution execution = executions().named(name);
        var seen = new ArrayList<Object>();
        assertThatThrownBy(() -> execution.stream(queries.get("export/edges"), Map.of(), StreamedRowsTest::edge, row -> {
            if (seen.size() == 100) {
                throw new IllegalStateException("the client left");
            }
            seen.add(row);
        }, null)).isInstanceOf(IllegalStateException.class).hasMessage("the client left");
        assertThat(seen).hasSize(100);
    }
}
