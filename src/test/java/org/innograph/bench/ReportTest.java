package org.innograph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innograph.sample.Scale;
import org.innograph.sample.ScaleSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The report renders from made-up measurements, so a long benchmark run never ends in a formatting error. */
class ReportTest {

    @TempDir
    Path results;

    @Test
    void writesMarkdownCsvAndTheScalingTable() throws Exception {
        var facts = new RunFacts();
        facts.size = "10k";
        facts.network = new ScaleSummary(Scale.parse("10k"), 1, Map.of("PROJECT", 10), Map.of("PARTICIPATES_IN", 30), 5, 3,
                Map.of("1", 3), List.of(1, 2, 3, 4), List.of("ror:x: 4"), "abc");
        facts.restartMillis = List.of(9_000L, 7_000L);
        facts.machine.put("cores", "2");
        facts.notAvailable.put(Way.NEO4J_GRAPHQL, "no node");
        var cells = new LinkedHashMap<String, Map<Way, Cell>>();
        for (Workload workload : Workloads.all()) {
            var byWay = new EnumMap<Way, Cell>(Way.class);
            for (Way way : List.of(Way.DRIVER, Way.IN_PROCESS, Way.GRAPHQL, Way.GRAPHQL_BOLT)) {
                var cell = new Cell();
                cell.nanos.addAll(List.of(1_000_000L, 2_000_000L, 3_000_000L));
                cell.throughput.put(1, 10.0);
                cell.throughput.put(16, 40.0);
                cell.checked = 3;
                byWay.put(way, cell);
            }
            byWay.get(Way.GRAPHQL).problem("mismatch", "an example");
            cells.put(workload.name(), byWay);
        }
        var settings = new BenchSettings(List.of("10k"), 1, Duration.ofSeconds(1), 1, 3, Duration.ofSeconds(1), List.of(1, 16), false, "1g", results,
                Duration.ofMinutes(2));

        Path markdown = Report.write(results, facts, cells, settings);

        assertThat(Files.readString(markdown)).contains("| neighbourhood-2 | 2.00 |", "mismatch: an example", "not measured: no node");
        assertThat(Files.readAllLines(results.resolve(markdown.getFileName().toString().replace(".md", ".csv")))).hasSize(1 + Workloads.all().size() * 4);
        assertThat(Files.readString(results.resolve("scaling.md"))).contains("| labs-page | d | 2.00 (1.00x) / 40.00 |");
    }
}
