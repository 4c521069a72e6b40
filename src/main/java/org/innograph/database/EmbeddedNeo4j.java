package org.innograph.database;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.fs.FileUtils;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j community DBMS running inside this JVM. The service queries it in-process; a Bolt listener
 * on 127.0.0.1 (on by default) serves Neo4j's tools, benchmarks and the driver execution.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    /** Marks a database written offline as whole, so a swap stopped half-way is finished, not undone. */
    private static final String READY = "READY";

    private final DatabaseProperties.Embedded settings;
    /** The plugins' procedure classes, found once (0.4 s) for every start of the DBMS. */
    private final CompletableFuture<List<Class<?>>> pluginClasses;
    private volatile CompletableFuture<Running> running;

    private record Running(DatabaseManagementService dbms, GraphDatabaseService database, URI boltUri) {
    }

    private EmbeddedNeo4j(DatabaseProperties.Embedded settings, CompletableFuture<List<Class<?>>> pluginClasses,
            CompletableFuture<Running> running) {
        this.settings = settings;
        this.pluginClasses = pluginClasses;
        this.running = running;
    }

    /**
     * Starts the DBMS on {@code home} (created when missing) on a thread of its own, so the rest of the
     * service starts meanwhile; {@link #awaitStarted()} waits for it.
     */
    public static EmbeddedNeo4j startInBackground(DatabaseProperties.Embedded settings) {
        var running = new CompletableFuture<Running>();
        // The plugin classes are found while the DBMS starts, and registered once it is up.
        CompletableFuture<List<Class<?>>> pluginClasses = settings.plugins()
                ? CompletableFuture.supplyAsync(Plugins::callableClasses)
                : CompletableFuture.completedFuture(List.of());
        Thread starter = new Thread(() -> {
            try {
                running.complete(start(settings, pluginClasses));
            }
            catch (Throwable e) {
                running.completeExceptionally(e);
            }
        }, "embedded-neo4j-start");
        starter.start();
        return new EmbeddedNeo4j(settings, pluginClasses, running);
    }

    /** Writes a database offline into a Neo4j home of its own; see {@link #replaceDatabase}. */
    @FunctionalInterface
    public interface DatabaseWriter {

        void writeInto(Path home) throws IOException;
    }

    /**
     * Replaces the default database with one {@code writer} writes offline (e.g. with the batch importer)
     * into a Neo4j home of its own under the data directory. The DBMS keeps running while it writes; then it
     * is stopped, the new database's directories (store, transaction logs) are moved into place, not copied,
     * and it starts again. Only for a caller alone on the database (the import command): whatever runs
     * during the swap fails. A writer that fails, or is killed, leaves the database as it was; once the new
     * one is whole (marked {@code READY}), a swap stopped half-way is finished by the next start.
     */
    public synchronized void replaceDatabase(DatabaseWriter writer) throws IOException {
        Path staged = staged(settings);
        removeStaged(settings);
        long started = System.nanoTime();
        try {
            writer.writeInto(staged);
        }
        catch (IOException | RuntimeException e) {
            removeStaged(settings);
            throw e;
        }
        Files.createFile(staged.resolve(READY));
        log.info("Wrote the new database offline in {} ms", (System.nanoTime() - started) / 1_000_000);
        awaitRunning().dbms().shutdown();
        swapIn(settings);
        running = CompletableFuture.completedFuture(start(settings, pluginClasses));
    }

    /** Where {@link #replaceDatabase} has a new database written. */
    private static Path staged(DatabaseProperties.Embedded settings) {
        return settings.dataDirectory().toAbsolutePath().resolve("staged-database");
    }

    /** Removes a new database a killed import left half-written. */
    private static void removeStaged(DatabaseProperties.Embedded settings) throws IOException {
        if (Files.exists(staged(settings))) {
            FileUtils.deleteDirectory(staged(settings));
        }
    }

    /**
     * Moves what is left of the staged database in place of the live one's directories, then removes the
     * staged home. Each step can be repeated after a kill: a directory already moved is not there any more.
     */
    private static void swapIn(DatabaseProperties.Embedded settings) throws IOException {
        DatabaseLayout from = Neo4jLayout.of(staged(settings)).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        DatabaseLayout to = Neo4jLayout.of(settings.dataDirectory().toAbsolutePath())
                .databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        move(from.getTransactionLogsDirectory(), to.getTransactionLogsDirectory());
        move(from.databaseDirectory(), to.databaseDirectory());
        removeStaged(settings);
    }

    private static void move(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        if (Files.exists(to)) {
            FileUtils.deleteDirectory(to);
        }
        Files.createDirectories(to.getParent());
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Running start(DatabaseProperties.Embedded settings, CompletableFuture<List<Class<?>>> pluginClasses)
            throws IOException {
        long started = System.nanoTime();
        // A database written whole but not swapped in is swapped in; one written half is removed.
        if (Files.exists(staged(settings).resolve(READY))) {
            swapIn(settings);
        }
        removeStaged(settings);
        Path home = settings.dataDirectory();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(BoltConnector.enabled, settings.boltEnabled())
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", settings.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Loopback only, so no authentication; an external Neo4j brings its own.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse(settings.pageCache()))
                .setConfig(GraphDatabaseSettings.transaction_timeout, settings.transactionTimeout())
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
                        SettingValueParsers.BYTES.parse(settings.transactionMemory()))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size,
                        SettingValueParsers.BYTES.parse(settings.transactionMemoryEach()))
                // Otherwise every shutdown waits 10 s for Bolt worker threads.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, Plugins.UNRESTRICTED)
                .build();
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (settings.plugins()) {
            Plugins.register(db, pluginClasses.join());
        }
        var bolt = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        URI uri = bolt == null ? null : boltUri(bolt.getPort());
        log.info("Embedded Neo4j up in {} ms at {} (home {})", (System.nanoTime() - started) / 1_000_000, uri,
                home.toAbsolutePath());
        return new Running(dbms, db, uri);
    }

    /**
     * The Bolt URI clients use. With a fixed port it is known at once, so the driver can be built while
     * the DBMS still starts; with port 0 this waits for the DBMS to pick one. With Bolt off it is the URI
     * the listener would have, which nothing answers: the driver built on it stays unused.
     */
    public URI boltUri() {
        if (settings.boltPort() > 0 || !settings.boltEnabled()) {
            return boltUri(settings.boltPort() > 0 ? settings.boltPort() : 7687);
        }
        return awaitRunning().boltUri();
    }

    /** The database itself, for in-process execution; waits until the DBMS is up. */
    public GraphDatabaseService database() {
        return awaitRunning().database();
    }

    /** Waits until the DBMS is up; a failed start is rethrown here. */
    public void awaitStarted() {
        awaitRunning();
    }

    private Running awaitRunning() {
        try {
            return running.join();
        }
        catch (CompletionException e) {
            throw new IllegalStateException("The embedded Neo4j did not start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static URI boltUri(int port) {
        return URI.create("bolt://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        awaitRunning().dbms().shutdown();
    }
}
