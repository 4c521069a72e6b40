package org.innograph.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.innograph.network.CjkNames;
import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.batchimport.api.input.ReadableGroups;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.neo4j.storageengine.api.StorageEngineFactory;

/**
 * Writes checked rows as the store files of a new database, with Neo4j's own parallel batch importer (what
 * {@code neo4j-admin database import full} runs), into a Neo4j home of its own: no transactions, no
 * look-ups, every core busy. Only for a database that does not exist yet, so it is all or nothing: the
 * caller swaps the new database in once it is whole. Nodes get what {@link CoreApiWrites} gives a created
 * node ({@code :Entity}, their kind's label and {@link CjkNames#LABEL} where it belongs, {@code id}, {@code kind}, {@code sortKey}, the row's
 * properties but nulls); edges get their row's properties but nulls, derived ones included. Schema (constraints, indexes) is left to the migrations, which build it on the first start.
 */
final class StoreFiles {

    /** Rows handed to one of the importer's threads at a time. */
    private static final int CHUNK = 1_000;

    /**
     * The importer's defaults, and the label and relationship type look-up indexes a database created by a
     * DBMS has from its start, which the importer leaves out unless asked (label scans need them); but no
     * background flushing of the page cache while the importer writes: on two cores the flusher's threads
     * took CPU from the importer's own to write pages early, when the store is forced once at the end anyway
     * (at 1m the importer took 12.7-14.2 s with it, 6.8-8.3 s without; docs/performance-history.md, "How fast").
     */
    private static final Configuration IMPORTER_SETTINGS = new Configuration() {
        @Override
        public IndexConfig indexConfig() {
            return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
        }

        @Override
        public boolean sequentialBackgroundFlushing() {
            return false;
        }
    };

    private StoreFiles() {
    }

    /**
     * Writes the nodes and edges (ids distinct, edges distinct by kind and ends; every edge's ends among the
     * nodes) as the default database of the Neo4j home {@code home}, telling {@code percentCompleted} how far
     * the importer is, from 0 to 100.
     */
    static void write(Path home, Collection<NodeRow> nodes, Collection<EdgeRow> edges, IntConsumer percentCompleted) throws IOException {
        Config config = Config.defaults(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath());
        DatabaseLayout layout = Neo4jLayout.of(config).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        // Every node is in hand, so each gets its record id here (its place in the list) and the importer needs
        // no mapping of string ids (docs/performance-history.md, "How fast").
        List<NodeRow> nodeList = List.copyOf(nodes);
        Map<String, Long> recordIds = new HashMap<>(nodeList.size() * 2);
        for (int i = 0; i < nodeList.size(); i++) {
            recordIds.put(nodeList.get(i).id(), (long) i);
        }
        InputIterable nodeInput = new Rows<>(nodeList, StoreFiles::node);
        InputIterable edgeInput = new Rows<>(List.copyOf(edges), (row, index, visitor) -> edge(row, visitor, recordIds));
        // The estimates only size the importer's caches, so rough ones do: properties and bytes per row, labels per node.
        Input input = Input.input(nodeInput, edgeInput, IdType.ACTUAL,
                Input.knownEstimates(nodes.size(), edges.size(), nodes.size() * 8L, edges.size() * 3L,
                        nodes.size() * 200L, edges.size() * 40L, nodes.size() * 2L), ReadableGroups.EMPTY);
        var quiet = new PrintStream(OutputStream.nullOutputStream());
        try (var fs = new DefaultFileSystemAbstraction(); JobScheduler jobs = JobSchedulerFactory.createInitialisedScheduler()) {
            BatchImporter importer = StorageEngineFactory.selectStorageEngine(config).batchImporter(layout, fs, PageCacheTracer.NULL,
                    IMPORTER_SETTINGS, NullLogService.getInstance(), quiet, false, DefaultAdditionalIds.EMPTY, config,
                    new Monitor() {
                        @Override
                        public void percentageCompleted(int percent) {
                            percentCompleted.accept(percent);
                        }
                    }, jobs, Collector.STRICT, TransactionLogInitializer.getLogFilesInitializer(),
                    new IndexImporterFactoryImpl(), EmptyMemoryTracker.INSTANCE,
                    CursorContextFactory.NULL_CONTEXT_FACTORY);
            importer.doImport(input);
        }
    }

    private static void node(NodeRow row, int recordId, InputEntityVisitor visitor) {
        visitor.id(recordId);
        visitor.labels(CjkNames.named(row.properties().get("name"), row.properties().get("aliases"))
                ? new String[] {"Entity", row.kind().label(), CjkNames.LABEL}
                : new String[] {"Entity", row.kind().label()});
        visitor.property("id", row.id());
        properties(row.properties(), visitor);
        visitor.property("kind", row.kind().name());
        if (row.properties().get("name") instanceof String name) {
            visitor.property("sortKey", CoreApiWrites.sortKey(name, row.id()));
        }
    }

    private static void edge(EdgeRow row, InputEntityVisitor visitor, Map<String, Long> recordIds) {
        visitor.startId(recordId(recordIds, row.from()));
        visitor.endId(recordId(recordIds, row.to()));
        visitor.type(row.kind().name());
        properties(row.properties(), visitor);
    }

    private static long recordId(Map<String, Long> recordIds, String id) {
        Long recordId = recordIds.get(id);
        if (recordId == null) {
            // The import's checks keep such an edge out; this names it should one ever slip through.
            throw new IngestException("An edge's end %s is not among the nodes written as store files".formatted(id));
        }
        return recordId;
    }

    /** A null is a property the row removes, so a new entity does not have it. */
    private static void properties(Map<String, Object> properties, InputEntityVisitor visitor) {
        properties.forEach((key, value) -> {
            if (value != null) {
                visitor.property(key, CoreApiWrites.stored(value));
            }
        });
    }

    /** What the importer is told of one row, at its place in the list. */
    @FunctionalInterface
    private interface Visit<T> {

        void visit(T row, int index, InputEntityVisitor visitor);
    }

    /** Rows handed to the importer's threads a chunk at a time. */
    private record Rows<T>(List<T> rows, Visit<T> visit) implements InputIterable {

        @Override
        public InputIterator iterator() {
            var next = new AtomicInteger();
            return new InputIterator() {
                @Override
                public InputChunk newChunk() {
                    return new Chunk<>(Rows.this);
                }

                @Override
                public boolean next(InputChunk chunk) {
                    int from = next.getAndAdd(CHUNK);
                    if (from >= rows.size()) {
                        return false;
                    }
                    ((Chunk<?>) chunk).range(from, Math.min(rows.size(), from + CHUNK));
                    return true;
                }

                @Override
                public void close() {
                }
            };
        }
    }

    /** One thread's current slice of the rows. */
    private static final class Chunk<T> implements InputChunk {

        private final Rows<T> rows;
        private int at;
        private int end;

        Chunk(Rows<T> rows) {
            this.rows = rows;
        }

        void range(int from, int to) {
            at = from;
            end = to;
        }

        @Override
        public boolean next(InputEntityVisitor visitor) throws IOException {
            if (at >= end) {
                return false;
            }
            rows.visit().visit(rows.rows().get(at), at, visitor);
            at++;
            visitor.endOfEntity();
            return true;
        }

        @Override
        public void close() {
        }
    }
}
