package org.innograph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The named Cypher queries of {@code cypher/}, one query per file, read once at start-up. A query's name
 * is its path under {@code cypher/} without the extension, e.g. {@code network/node-by-id}. Schema
 * migrations ({@code cypher/migrations/}) are not named queries and are left to {@link SchemaMigrations}.
 */
@Component
public class CypherQueries {

    static final String ROOT = "cypher/";
    static final String MIGRATIONS = "migrations/";

    private final Map<String, String> byName;

    public CypherQueries() {
        this.byName = load();
    }

    /** The text of a named query; an unknown name is a programming error and fails fast. */
    public String get(String name) {
        String cypher = byName.get(name);
        if (cypher == null) {
            throw new IllegalArgumentException("No Cypher file cypher/" + name + ".cypher");
        }
        return cypher;
    }

    /** Every query name, for tests that EXPLAIN them all. */
    public Set<String> names() {
        return byName.keySet();
    }

    private static Map<String, String> load() {
        var queries = new TreeMap<String, String>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + ROOT + "**/*.cypher")) {
                String path = resource.getURL().toString();
                String name = path.substring(path.lastIndexOf(ROOT) + ROOT.length(), path.length() - ".cypher".length());
                if (!name.startsWith(MIGRATIONS)) {
                    queries.put(name, resource.getContentAsString(StandardCharsets.UTF_8).strip());
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Cypher files", e);
        }
        return Map.copyOf(queries);
    }
}
