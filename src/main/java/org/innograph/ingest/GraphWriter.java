package org.innograph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.innograph.database.QueryRunner;
import org.innograph.network.CjkNames;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one write path of the network: nodes and edges in batches, each batch one transaction that commits
 * whole or not at all. Writes are upserts keyed by public id (and, for edges, by both ends and the kind) that
 * compare before they write, so writing the same rows twice changes nothing, and each batch says how many
 * rows it created, updated and left unchanged.
 */
@Component
public class GraphWriter {

    private static final Logger log = LoggerFactory.getLogger(GraphWriter.class);
    static final int BATCH_SIZE = 2_000;

    /** What one batch did. {@code missing} counts edges whose ends were not there, so nothing was written. */
    public record Outcomes(long created, long updated, long unchanged, long missing) {
    }

    private final QueryRunner queries;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    public GraphWriter(QueryRunner queries, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.queries = queries;
        this.transactions = transactions;
        this.events = events;
    }

    /** Upserts the nodes, kind by kind, logging progress, then announces a {@link NetworkChanged}. */
    public void writeNodes(List<NodeRow> nodes, Progress progress) {
        groupBy(nodes, NodeRow::kind).forEach((kind, rows) -> inBatches(kind.label(), rows, progress,
                batch -> upsertNodes(kind, batch)));
        if (!nodes.isEmpty()) {
            announce(Set.of());
        }
    }

    /**
     * Upserts the edges, kind by kind, then announces a {@link NetworkChanged}. An edge whose end does not
     * exist fails its whole batch with an error naming the edge: nothing is dropped silently.
     */
    public void writeEdges(List<EdgeRow> edges, Progress progress) {
        Map<EdgeKind, List<EdgeRow>> byKind = groupBy(edges, EdgeRow::kind);
        byKind.forEach((kind, rows) -> inBatches(kind.name(), rows, progress, batch -> {
            Outcomes outcomes = upsertEdges(kind, batch);
            if (outcomes.missing() > 0) {
                List<String> missing = missingIds(batch.stream().flatMap(row -> Stream.of(row.from(), row.to())).toList());
                EdgeRow bad = batch.stream().filter(row -> missing.contains(row.from()) || missing.contains(row.to()))
                        .findFirst().orElse(batch.get(0));
                throw new IngestException("%s edge %s -> %s: no node with id %s"
                        .formatted(kind, bad.from(), bad.to(), missing.contains(bad.from()) ? bad.from() : bad.to()));
            }
        }));
        if (!byKind.isEmpty()) {
            announce(byKind.keySet());
        }
    }

    /** Upserts one batch of nodes of a kind in the current transaction (or one of its own). */
    public Outcomes upsertNodes(Kind kind, List<NodeRow> batch) {
        return upsertNodes(kind, batch, id -> { });
    }

    /**
     * Upserts one batch of nodes of a kind in the current transaction (or one of its own), telling
     * {@code created} each id it created. In-process the batch is written on the Core API
     * ({@link CoreApiWrites}); through the driver by the named queries.
     */
    public Outcomes upsertNodes(Kind kind, List<NodeRow> batch, Consumer<String> created) {
        var unique = new LinkedHashMap<String, NodeRow>();
        batch.forEach(row -> unique.put(row.id(), row));
        Outcomes outcomes = queries.writeDirectly("ingest/upsert-nodes (Core API)",
                        tx -> CoreApiWrites.upsertNodes(tx, kind, unique.values(), created))
                .orElseGet(() -> upsertNodesByCypher(kind, unique.values(), created));
        if (outcomes.updated() > 0 && kind != Kind.INSTITUTION) {
            // A lab's or project's dates bound the cooperation of its participants.
            markCooperationPending(List.copyOf(unique.keySet()));
        }
        return outcomes;
    }

    /**
     * The named queries' upsert of nodes with distinct ids. The ids are looked up in the unique index first:
     * new nodes are created without a per-row match, and only existing ones are compared and, where they
     * differ, updated.
     */
    Outcomes upsertNodesByCypher(Kind kind, Collection<NodeRow> rows, Consumer<String> created) {
        Set<String> absent = new HashSet<>(missingIds(rows.stream().map(NodeRow::id).toList()));
        List<Map<String, Object>> fresh = new ArrayList<>();
        List<Map<String, Object>> existing = new ArrayList<>();
        rows.forEach(row -> (absent.contains(row.id()) ? fresh : existing)
                .add(Map.of("id", row.id(), "properties", row.properties())));
        long made = fresh.isEmpty() ? 0 : queries.single("ingest/create-nodes",
                Map.of("label", kind.label(), "kind", kind.name(), "rows", fresh, "cjkText", CjkNames.TEXT_PATTERN), r -> r.get("created").asLong()).orElse(0L);
        absent.forEach(created);
        Outcomes compared = existing.isEmpty() ? new Outcomes(0, 0, 0, 0) : outcomes(queries.list("ingest/upsert-nodes",
                Map.of("label", kind.label(), "kind", kind.name(), "rows", existing, "cjkText", CjkNames.TEXT_PATTERN), GraphWriter::outcome), existing.size());
        return new Outcomes(made + compared.created(), compared.updated(), compared.unchanged(), 0);
    }

    /** Upserts one batch of edges of a kind in the current transaction (or one of its own). */
    public Outcomes upsertEdges(EdgeKind kind, List<EdgeRow> batch) {
        return upsertEdges(kind, batch, row -> false);
    }

    /**
     * Upserts one batch of edges of a kind in the current transaction (or one of its own). Edges that
     * {@code isNew} says cannot exist yet (an end was created by the same import) are created without looking
     * for them; the others are compared and, where they differ, updated. In-process the batch is written on
     * the Core API ({@link CoreApiWrites}); through the driver by the named queries.
     */
    public Outcomes upsertEdges(EdgeKind kind, List<EdgeRow> batch, Predicate<EdgeRow> isNew) {
        var unique = new LinkedHashMap<EdgeRow.Key, EdgeRow>();
        batch.forEach(row -> unique.put(row.key(), row));
        Outcomes outcomes = queries.writeDirectly("ingest/upsert-edges (Core API)",
                        tx -> CoreApiWrites.upsertEdges(tx, kind, unique.values(), isNew))
                .orElseGet(() -> upsertEdgesByCypher(kind, unique.values(), isNew));
        if (EdgeKind.PARTICIPATION.contains(kind) && outcomes.created() + outcomes.updated() > 0) {
            markCooperationPending(unique.values().stream().map(EdgeRow::to).distinct().toList());
        }
        return outcomes;
    }

    /** The named queries' upsert of edges with distinct ends. */
    Outcomes upsertEdgesByCypher(EdgeKind kind, Collection<EdgeRow> rows, Predicate<EdgeRow> isNew) {
        List<Map<String, Object>> fresh = new ArrayList<>();
        List<Map<String, Object>> existing = new ArrayList<>();
        rows.forEach(row -> (isNew.test(row) ? fresh : existing)
                .add(Map.of("from", row.from(), "to", row.to(), "properties", row.properties())));
        long made = fresh.isEmpty() ? 0 : queries.single("ingest/create-edges", Map.of("type", kind.name(), "rows", fresh),
                r -> r.get("created").asLong()).orElse(0L);
        Outcomes compared = existing.isEmpty() ? new Outcomes(0, 0, 0, 0) : outcomes(queries.list("ingest/upsert-edges",
                Map.of("type", kind.name(), "rows", existing), GraphWriter::outcome), existing.size());
        return new Outcomes(made + compared.created(), compared.updated(), compared.unchanged(),
                fresh.size() - made + compared.missing());
    }

    /**
     * Marks, in the writing transaction, the participants of these nodes as needing their derived cooperation
     * edges re-derived: the mark commits with the write, so derivation can never miss a committed change.
     * In-process on the Core API ({@link CoreApiWrites}): the named query took 7% of a transactional
     * import's writing thread at 1m. Through the driver by the named query.
     */
    private void markCooperationPending(List<String> ids) {
        if (queries.writeDirectly("ingest/mark-cooperation-pending (Core API)", tx -> CoreApiWrites.markCooperationPending(tx, ids)).isEmpty()) {
            queries.run("ingest/mark-cooperation-pending", Map.of("ids", ids, "participation", EdgeKind.PARTICIPATION));
        }
    }

    /** Which of these public ids name no node. */
    public List<String> missingIds(List<String> ids) {
        return queries.list("ingest/missing-nodes", Map.of("ids", ids), r -> r.get("id").asString());
    }

    /** Runs work in one transaction that commits whole or not at all. */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    /**
     * Tells whoever keeps derived data, after a write committed, that it changed the network: these kinds of
     * edge (none when it changed only nodes). Waits first for search's full-text indexes to take the write.
     */
    public void announce(Set<EdgeKind> written) {
        // Search sees the write before anyone hears of it.
        queries.run("ingest/await-search-index", Map.of());
        events.publishEvent(new NetworkChanged(Set.copyOf(written)));
    }

    private static Map.Entry<String, Long> outcome(Record row) {
        return Map.entry(row.get("outcome").asString(), row.get("rows").asLong());
    }

    private static Outcomes outcomes(List<Map.Entry<String, Long>> rows, int sent) {
        Map<String, Long> counts = rows.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum));
        long created = counts.getOrDefault("created", 0L);
        long updated = counts.getOrDefault("updated", 0L);
        long unchanged = counts.getOrDefault("unchanged", 0L);
        return new Outcomes(created, updated, unchanged, Math.max(0, sent - created - updated - unchanged));
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
