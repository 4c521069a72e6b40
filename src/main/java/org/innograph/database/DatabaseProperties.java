package org.innograph.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Innograph's Neo4j lives.
 *
 * @param uri Bolt or routing URI of an external Neo4j or cluster ({@code bolt://}, {@code neo4j://},
 *     {@code neo4j+s://}...). Empty (the default) starts the embedded Neo4j instead.
 * @param username user for the external Neo4j; ignored by the embedded one, which listens on loopback only
 *     with authentication off.
 * @param password password for the external Neo4j.
 * @param embedded settings of the embedded Neo4j, used only when {@code uri} is empty.
 * @param execution how queries run: {@code auto} (the default) runs them in-process wherever this JVM holds
 *     the database (the embedded default) and through the driver otherwise; {@code in-process} and
 *     {@code driver} force either, e.g. to compare the two on the embedded database.
 * @param traversals when queries run in-process, answer the hot paths that have one (the neighbourhood,
 *     child lists, an unfiltered shortest path, a search with no place or field filter) by a walk on Neo4j's
 *     Core API, and write the bulk import's batches and derive {@code COOPERATES_WITH} on it, which gives the
 *     same answer (and writes the same graph) as their Cypher files, faster; false runs the Cypher files
 *     instead, e.g. to compare the two.
 */
@ConfigurationProperties("innograph.neo4j")
public record DatabaseProperties(
        @DefaultValue("") String uri,
        @DefaultValue("neo4j") String username,
        @DefaultValue("") String password,
        @DefaultValue Embedded embedded,
        @DefaultValue("auto") Execution execution,
        @DefaultValue("true") boolean traversals) {

    /** How queries run; see {@link DatabaseProperties#execution()}. */
    public enum Execution {
        AUTO, IN_PROCESS, DRIVER
    }

    /** True when no external URI is set, so the service runs its own Neo4j. */
    public boolean embeddedMode() {
        return uri == null || uri.isBlank();
    }

    /**
     * The embedded Neo4j (community edition, in this JVM).
     *
     * @param dataDirectory home of the embedded DBMS: data, transaction logs and its own logs live under it.
     *     A second start on the same directory finds the data still there.
     * @param boltEnabled keep a Bolt listener on 127.0.0.1, for Neo4j's own tools ({@code cypher-shell},
     *     Browser), for benchmarks comparing a driver with in-process execution on the same database, and for
     *     {@code execution: driver}. The service itself needs no Bolt when it executes in-process.
     * @param boltPort Bolt port on 127.0.0.1; 0 picks a free port.
     * @param pageCache page cache size in Neo4j notation (e.g. {@code 256m}); how much of the store stays in
     *     memory.
     * @param transactionTimeout server-side limit for any transaction, a backstop behind each API request's
     *     own, shorter deadline.
     * @param transactionMemory heap all running transactions together may use ({@code db.memory.transaction.total.max});
     *     past it new work fails with a memory error instead of the JVM running out of heap.
     * @param transactionMemoryEach heap one transaction may use ({@code db.memory.transaction.max}), so one heavy
     *     query cannot take the whole budget from the others.
     * @param plugins register the procedures of Graph Data Science (the gaps' analyses use them) when the DBMS
     *     starts. The command-line commands ({@code import}, {@code rebuild-cooperation}) start without them:
     *     finding and registering them takes 2-3 s of their start, and again 0.9 s when a first import restarts
     *     the DBMS on the store it wrote.
     */
    public record Embedded(
            @DefaultValue("data/neo4j") Path dataDirectory,
            @DefaultValue("true") boolean boltEnabled,
            @DefaultValue("7687") int boltPort,
            @DefaultValue("256m") String pageCache,
            @DefaultValue("30s") Duration transactionTimeout,
            @DefaultValue("512m") String transactionMemory,
            @DefaultValue("256m") String transactionMemoryEach,
            @DefaultValue("true") boolean plugins) {
    }
}
