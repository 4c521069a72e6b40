package org.innograph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the schema migrations of {@code cypher/migrations/} ({@code V001__constraints.cypher}, ...) once
 * each, in version order, recording each as a {@code :__Migration} node. Runs once every bean is created
 * and before the web server opens, so nothing queries a database without its constraints and indexes,
 * while the embedded Neo4j had the rest of start-up to come up.
 *
 * <p>A database with no migration applied yet gets the latest baseline instead ({@code B007__schema.cypher}:
 * the schema the migrations up to its version leave, as Flyway's baseline migrations do), recorded as those
 * migrations, and then the migrations above it: a new database, or the one a first import writes as store
 * files, builds its indexes once and runs no data migration its writers made needless.
 *
 * <p>A small runner of our own rather than Neo4j-Migrations: we need ordered, recorded, checksummed Cypher
 * files and nothing more, and this keeps one fewer dependency aligned with the embedded Neo4j version.
 */
@Component
public class SchemaMigrations implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final Pattern FILE_NAME = Pattern.compile("([VB])(\\d+)__(.+)\\.cypher");

    private final QueryRunner queries;
    private final DatabaseStartup startup;
    private final TransactionTemplate transactions;

    public SchemaMigrations(QueryRunner queries, DatabaseStartup startup, TransactionTemplate transactions) {
        this.queries = queries;
        this.startup = startup;
        this.transactions = transactions;
    }

    /** One migration file. */
    record Migration(int version, String description, String checksum, List<String> statements) {
    }

    @Override
    public void afterSingletonsInstantiated() {
        startup.await();
        apply();
    }

    /**
     * Applies the migrations not applied yet and waits for the indexes to come online; also for a database
     * swapped in after start-up (a first import written as store files), which starts with no schema.
     */
    public void apply() {
        queries.run("schema/migration-constraint", Map.of());
        Map<Integer, String> applied = applied();
        List<Migration> migrations = migrations();
        if (applied.isEmpty()) {
            baseline(migrations).ifPresent(baseline -> applyBaseline(baseline, migrations));
            applied = applied();
        }
        for (Migration migration : migrations) {
            String done = applied.get(migration.version());
            if (done != null) {
                verify(migration, done);
                continue;
            }
            // A migration's schema commands share one transaction (they may not share one with data writes,
            // so the record of it follows in its own). They are all IF NOT EXISTS, so applying them again is
            // harmless.
            transactions.executeWithoutResult(tx -> migration.statements().forEach(queries::runMigrationStatement));
            record(migration);
            log.info("Applied schema migration V{}__{}", migration.version(), migration.description());
        }
        queries.run("schema/await-indexes", Map.of());
    }

    /** The baseline's statements in one transaction, recorded as each migration it stands for. */
    private void applyBaseline(Migration baseline, List<Migration> migrations) {
        transactions.executeWithoutResult(tx -> baseline.statements().forEach(queries::runMigrationStatement));
        migrations.stream().filter(migration -> migration.version() <= baseline.version()).forEach(this::record);
        log.info("Applied schema baseline B{}__{} in place of migrations V1 to V{}", baseline.version(),
                baseline.description(), baseline.version());
    }

    private void record(Migration migration) {
        try {
            queries.run("schema/record-migration", Map.of("version", migration.version(),
                    "description", migration.description(), "checksum", migration.checksum()));
        }
        catch (DataIntegrityViolationException recordedMeanwhile) {
            // Another instance applied and recorded it at the same time: it must be the same migration.
            verify(migration, applied().get(migration.version()));
        }
    }

    private Map<Integer, String> applied() {
        return queries.list("schema/applied-migrations", Map.of(),
                        r -> Map.entry(r.get("version").asInt(), r.get("checksum").asString()))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static void verify(Migration migration, String appliedChecksum) {
        if (!migration.checksum().equals(appliedChecksum)) {
            throw new IllegalStateException("Migration V%03d (%s) changed after it was applied; add a new migration instead"
                    .formatted(migration.version(), migration.description()));
        }
    }

    static List<Migration> migrations() {
        return read("V");
    }

    /**
     * The baseline of the highest version, if any: the schema after the migrations up to its version, which
     * must all be among {@code migrations}.
     */
    static Optional<Migration> baseline(List<Migration> migrations) {
        Optional<Migration> latest = read("B").stream().max(Comparator.comparingInt(Migration::version));
        latest.ifPresent(baseline -> {
            Set<Integer> versions = migrations.stream().map(Migration::version).collect(Collectors.toSet());
            if (!IntStream.rangeClosed(1, baseline.version()).allMatch(versions::contains)) {
                throw new IllegalStateException("Baseline B%03d stands for migrations V001 to V%03d, which must all exist"
                        .formatted(baseline.version(), baseline.version()));
            }
        });
        return latest;
    }

    private static List<Migration> read(String prefix) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + CypherQueries.ROOT + CypherQueries.MIGRATIONS + prefix + "*.cypher");
            return Arrays.stream(files).map(SchemaMigrations::read)
                    .sorted(Comparator.comparingInt(Migration::version)).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema migrations", e);
        }
    }

    private static Migration read(Resource file) {
        Matcher name = FILE_NAME.matcher(file.getFilename());
        if (!name.matches()) {
            throw new IllegalStateException("Migration file name must look like V001__what.cypher (or B001__what.cypher for a baseline): "
                    + file.getFilename());
        }
        try {
            String text = file.getContentAsString(StandardCharsets.UTF_8);
            List<String> statements = Arrays.stream(text.split(";\\s*(\\n|$)"))
                    .map(SchemaMigrations::withoutComments).filter(s -> !s.isBlank()).toList();
            return new Migration(Integer.parseInt(name.group(2)), name.group(3), sha256(text), statements);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutComments(String statement) {
        return statement.lines().filter(line -> !line.strip().startsWith("//"))
                .collect(Collectors.joining("\n")).strip();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
