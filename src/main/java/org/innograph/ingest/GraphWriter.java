package org.innograph.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.innograph.database.QueryRunner;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes nodes and edges in batches, each batch one transaction that commits whole or not at all.
 * Writes are upserts keyed by public id (and, for edges, by both ends and the kind), so writing the same
 * rows twice changes nothing.
 */
@Component
public class GraphWriter {

    private static final Logger log = LoggerFactory.getLogger(GraphWriter.class);
    static final int BATCH_SIZE = 2_000;

    private final QueryRunner queries;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    public GraphWriter(QueryRunner queries, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.queries = queries;
        this.transactions = transactions;
        this.events = events;
    }

    /** Upserts the nodes, kind by kind, logging progress. */
    public void writeNodes(List<NodeRow> nodes, Progress progress) {
        groupBy(nodes, NodeRow::kind).forEach((kind, rows) -> inBatches(kind.label(), rows, progress, batch -> {
            queries.run("ingest/upsert-nodes", Map.of("label", kind.label(), "kind", kind.name(),
                    "rows", batch.stream().map(row -> Map.of("id", row.id(), "properties", row.properties())).toList()));
        }));
    }

    /**
     * Upserts the edges, kind by kind, then announces a {@link NetworkChanged}. An edge whose end does not
     * exist fails its whole batch with an error naming the edge: nothing is dropped silently.
     */
    public void writeEdges(List<EdgeRow> edges, Progress progress) {
        Map<EdgeKind, List<EdgeRow>> byKind = groupBy(edges, EdgeRow::kind);
        byKind.forEach((kind, rows) -> inBatches(kind.name(), rows, progress, batch -> {
            List<Map<String, Object>> params = batch.stream()
                    .map(row -> Map.<String, Object>of("from", row.from(), "to", row.to(), "properties", row.properties()))
                    .toList();
            long written = queries.single("ingest/upsert-edges", Map.of("type", kind.name(), "rows", params),
                    r -> r.get("written").asLong()).orElse(0L);
            if (written != batch.size()) {
                List<String> missing = queries.list("ingest/missing-nodes",
                        Map.of("ids", batch.stream().flatMap(row -> Stream.of(row.from(), row.to())).toList()),
                        r -> r.get("id").asString());
                EdgeRow bad = batch.stream().filter(row -> missing.contains(row.from()) || missing.contains(row.to()))
                        .findFirst().orElse(batch.get(0));
                throw new IngestException("%s edge %s -> %s: no node with id %s"
                        .formatted(kind, bad.from(), bad.to(), missing.contains(bad.from()) ? bad.from() : bad.to()));
            }
        }));
        if (!byKind.isEmpty()) {
            events.publishEvent(new NetworkChanged(Set.copyOf(byKind.keySet())));
        }
    }

    private <T> void inBatches(String what, List<T> rows, Progress progress, Consumer<List<T>> write) {
        for (int start = 0; start < rows.size(); start += BATCH_SIZE) {
            List<T> batch = rows.subList(start, Math.min(rows.size(), start + BATCH_SIZE));
            transactions.executeWithoutResult(status -> write.accept(batch));
            progress.written(batch.size());
            log.info("  {}: {}/{}", what, start + batch.size(), rows.size());
        }
    }

    private static <K, T> Map<K, List<T>> groupBy(List<T> rows, Function<T, K> key) {
        return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }
}
