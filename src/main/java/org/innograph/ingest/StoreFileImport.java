package org.innograph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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
        Map<String, NodeRow> nodes = new LinkedHashMap<>();
        for (StagedNode node : staging.nodes) {
            NodeRow earlier = nodes.get(node.row().id());
            NodeRow now = earlier == null ? node.row() : new NodeRow(node.row().kind(), node.row().id(),
                    merged(earlier.properties(), node.row().properties()));
            count(staging.tally(node.part()), earlier == null ? null : earlier.properties(), now.properties());
            nodes.put(node.row().id(), now);
        }
        Map<EdgeRow.Key, EdgeRow> edges = new LinkedHashMap<>();
        for (StagedEdge edge : staging.edges) {
            EdgeRow row = edge.row();
            EdgeRow.Key key = row.key();
            EdgeRow earlier = edges.get(key);
            EdgeRow now = earlier == null ? row : new EdgeRow(row.kind(), row.from(), row.to(), merged(earlier.properties(), row.properties()));
            count(staging.tally(edge.part()), earlier == null ? null : earlier.properties(), now.properties());
            edges.put(key, now);
        }
        long deriving = System.nanoTime();
        List<EdgeRow> all = new ArrayList<>(edges.values());
        derivations.forEach(derivation -> all.addAll(derivation.derive(nodes.values(), edges.values())));
        long derived = all.size() - edges.size();
        long deriveMillis = (System.nanoTime() - deriving) / 1_000_000;
        write(nodes.values(), all, percentCompleted);
        return new Took((System.nanoTime() - started) / 1_000_000, deriveMillis, derived);
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

    private static void count(Staging.Tally tally, Map<String, Object> before, Map<String, Object> after) {
        if (before == null) {
            tally.created++;
        }
        else if (withoutNulls(before).equals(after)) {
            tally.unchanged++;
        }
        else {
            tally.updated++;
        }
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> properties) {
        Map<String, Object> present = new LinkedHashMap<>(properties);
        present.values().removeIf(Objects::isNull);
        return present;
    }
}
