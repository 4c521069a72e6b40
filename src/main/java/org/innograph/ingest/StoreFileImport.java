package org.innograph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.innograph.database.EmbeddedNeo4j;
import org.innograph.database.QueryRunner;
import org.innograph.database.SchemaMigrations;
import org.innograph.ingest.Staging.StagedEdge;
import org.innograph.ingest.Staging.StagedNode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A first import into the embedded database, written as store files: when the database holds nothing yet,
 * the import command has its checked rows written by Neo4j's batch importer ({@link StoreFiles}) into a
 * database of their own, which replaces the empty one; the schema migrations then build the constraints and
 * indexes on it. The derived edges are derived from the rows in memory ({@link DerivedEdges}) and written with
 * them, so nothing is left to derive by queries afterwards. A third of the time transactions take at a million
 * edges (docs/performance-history.md, "How fast"), and all or nothing: an import stopped before the swap leaves the database empty,
 * never half-written. Against an external Neo4j, or a database with anything in it, imports go through
 * {@link GraphWriter}'s transactions.
 */
@Component
class StoreFileImport {

    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final SchemaMigrations migrations;
    private final QueryRunner queries;
    private final List<DerivedEdges> derivations;

    StoreFileImport(ObjectProvider<EmbeddedNeo4j> embedded, SchemaMigrations migrations, QueryRunner queries,
            List<DerivedEdges> derivations) {
        this.embedded = embedded;
        this.migrations = migrations;
        this.queries = queries;
        this.derivations = derivations;
    }

    /** How long writing took, and how much of it deriving the derived edges in memory. */
    record Took(long writeMillis, long deriveMillis, long derivedEdges) {
    }

    /** Whether the database is the embedded one and holds nothing but its migration records. */
    boolean possible() {
        return embedded.getIfAvailable() != null
                && queries.single("ingest/database-is-empty", Map.of(), row -> row.get("empty").asBoolean()).orElse(false);
    }

    /**
     * Writes the staged rows as the new database, counting in each part's tally what a transactional import
     * would: a node or edge stated again by a later row is updated by it, or unchanged when it changes nothing.
     */
    Took write(Staging staging, IntConsumer percentCompleted) {
        long started = System.nanoTime();
        List<NodeRow> nodes = once(staging, staging.nodes, NODES);
        List<EdgeRow> edges = once(staging, staging.edges, EDGES);
        long deriving = System.nanoTime();
        List<EdgeRow> all = new ArrayList<>(edges);
        derivations.forEach(derivation -> all.addAll(derivation.derive(nodes, edges)));
        long derived = all.size() - edges.size();
        long deriveMillis = (System.nanoTime() - deriving) / 1_000_000;
        write(nodes, all, percentCompleted);
        return new Took((System.nanoTime() - started) / 1_000_000, deriveMillis, derived);
    }

    /**
     * What {@link #once} needs to know of staged nodes or edges: their part and kind, what makes two rows the
     * same node or edge, the row, its properties, and a later row merged into an earlier one.
     */
    private record Shape<S, K, R>(Function<S, String> part, Function<S, Enum<?>> kind, Function<S, K> key,
            Function<S, R> row, Function<R, Map<String, Object>> properties, BinaryOperator<R> merged) {
    }

    private static final Shape<StagedNode, String, NodeRow> NODES = new Shape<>(StagedNode::part, node -> node.row().kind(),
            node -> node.row().id(), StagedNode::row, NodeRow::properties,
            (earlier, later) -> new NodeRow(later.kind(), later.id(), merged(earlier.properties(), later.properties())));

    private static final Shape<StagedEdge, EdgeRow.Key, EdgeRow> EDGES = new Shape<>(StagedEdge::part, edge -> edge.row().kind(),
            edge -> edge.row().key(), StagedEdge::row, EdgeRow::properties,
            (earlier, later) -> new EdgeRow(later.kind(), later.from(), later.to(), merged(earlier.properties(), later.properties())));

    /**
     * The staged rows with each node (id) or edge (kind and ends) once, a later row merged into the earlier
     * one and counted in its part's tally as a transactional import would count it (updated, or unchanged
     * when it changes nothing). Each file states an id or edge once (ImportFolder rejects a repeat) and of its
     * own kind only, so only a kind staged from several files can repeat one: the rows of the other kinds are
     * taken as they are, without a map of every id (at 1m that map cost 0.7 s of the import, with its garbage).
     */
    private static <S, K, R> List<R> once(Staging staging, List<S> staged, Shape<S, K, R> shape) {
        Map<Enum<?>, String> firstPart = new HashMap<>();
        Set<Enum<?>> inSeveralParts = new HashSet<>();
        for (S item : staged) {
            String earlier = firstPart.putIfAbsent(shape.kind().apply(item), shape.part().apply(item));
            if (earlier != null && !earlier.equals(shape.part().apply(item))) {
                inSeveralParts.add(shape.kind().apply(item));
            }
        }
        List<R> rows = new ArrayList<>(staged.size());
        Map<K, Integer> at = new HashMap<>();
        for (S item : staged) {
            Staging.Tally tally = staging.tally(shape.part().apply(item));
            Integer index = inSeveralParts.contains(shape.kind().apply(item)) ? at.putIfAbsent(shape.key().apply(item), rows.size()) : null;
            if (index == null) {
                rows.add(shape.row().apply(item));
                tally.created++;
                continue;
            }
            R earlier = rows.get(index);
            R now = shape.merged().apply(earlier, shape.row().apply(item));
            if (withoutNulls(shape.properties().apply(earlier)).equals(shape.properties().apply(now))) {
                tally.unchanged++;
            }
            else {
                tally.updated++;
            }
            rows.set(index, now);
        }
        return rows;
    }

    private void write(Collection<NodeRow> nodes, Collection<EdgeRow> edges, IntConsumer percentCompleted) {
        try {
            embedded.getObject().replaceDatabase(home -> StoreFiles.write(home, nodes, edges, percentCompleted));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the import as store files: " + e.getMessage(), e);
        }
        migrations.apply();
    }

    /** {@code SET e += properties}: a later row's value replaces the earlier one, a null removes it. */
    private static Map<String, Object> merged(Map<String, Object> earlier, Map<String, Object> later) {
        Map<String, Object> merged = new LinkedHashMap<>(earlier);
        merged.putAll(later);
        return withoutNulls(merged);
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> properties) {
        Map<String, Object> present = new LinkedHashMap<>(properties);
        present.values().removeIf(Objects::isNull);
        return present;
    }
}
