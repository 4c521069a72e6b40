package org.innograph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.innograph.database.CypherQueries;
import org.innograph.database.QueryRunner;
import org.innograph.network.CjkNames;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Cypher of {@code cypher/} and the schema it runs on. */
class CypherFilesTest extends IntegrationTest {

    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    @Autowired
    CypherQueries queries;

    @Autowired
    Driver driver;

    @TestFactory
    Stream<DynamicTest> everyNamedQueryPlansOnTheRealDatabase() {
        assertThat(queries.names()).hasSizeGreaterThan(10);
        return queries.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            String cypher = queries.get(name);
            Map<String, Object> parameters = new HashMap<>();
            Matcher matcher = PARAMETER.matcher(cypher);
            while (matcher.find()) {
                parameters.put(matcher.group(1), null);
            }
            try (var session = driver.session()) {
                var summary = session.run("EXPLAIN " + cypher, parameters).consume();
                assertThat(summary.plan()).as(name).isNotNull();
            }
        }));
    }

    @Test
    void theCountryAndRegionFiltersFollowTheInvolvementOfEdgeKind() {
        Pattern involvement = Pattern.compile("\\(n\\)<-\\[:([A-Z_|]+)]-\\(:Institution\\)");
        int patterns = 0;
        for (String name : List.of("network/list-nodes", "network/count-nodes", "search/search", "search/count")) {
            Matcher found = involvement.matcher(queries.get(name));
            while (found.find()) {
                assertThat(Set.of(found.group(1).split("\\|"))).as(name)
                        .isEqualTo(EdgeKind.INVOLVEMENT.stream().map(EdgeKind::name).collect(Collectors.toSet()));
                patterns++;
            }
        }
        assertThat(patterns).isEqualTo(8);
    }

    @Test
    void childListsHaveOneBranchPerEdgeKindExpandingOnlyIt() {
        Pattern branch = Pattern.compile("WITH \\* WHERE \\$type = '([A-Z_]+)' UNWIND \\$ids AS id MATCH \\(n:Entity \\{id: id}\\)\\s+"
                + "CALL \\(n\\) \\{ MATCH \\(n\\)<?-\\[r:([A-Z_]+)]->?\\(m:Entity\\)");
        Set<String> everyKind = Stream.of(EdgeKind.values()).map(EdgeKind::name).collect(Collectors.toSet());
        for (String name : List.of("network/outgoing", "network/incoming")) {
            List<String> guarded = new ArrayList<>();
            Matcher found = branch.matcher(queries.get(name));
            while (found.find()) {
                assertThat(found.group(2)).as(name + ": the branch guarded by " + found.group(1)).isEqualTo(found.group(1));
                guarded.add(found.group(1));
            }
            assertThat(guarded).as(name).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(everyKind);
        }
    }

    @Test
    void listsAndTheirCountsFilterAlike() {
        assertThat(filters("network/count-nodes")).isEqualTo(filters("network/list-nodes"));
        assertThat(filters("search/count")).isEqualTo(filters("search/search"));
        assertThat(filters("search/count-anywhere")).isEqualTo(filters("search/search-anywhere"));
    }

    @Test
    void everyKindHasAUniqueIdConstraint() {
        try (var session = driver.session()) {
            List<String> constrained = session.run("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties "
                            + "WHERE type = 'UNIQUENESS' AND properties = ['id'] RETURN labelsOrTypes[0] AS label")
                    .list(row -> row.get("label").asString());
            assertThat(constrained).contains("Entity");
            for (Kind kind : Kind.values()) {
                assertThat(constrained).as(kind.label()).contains(kind.label());
            }
        }
    }

    @Test
    void namesAndAliasesHaveAFoldingAndABigramFullTextIndex() {
        try (var session = driver.session()) {
            Map<String, List<Object>> indexes = new HashMap<>();
            session.run("SHOW FULLTEXT INDEXES YIELD name, state, labelsOrTypes, properties, options "
                            + "RETURN name, state, labelsOrTypes, properties, options.indexConfig.`fulltext.analyzer` AS analyzer")
                    .forEachRemaining(row -> indexes.put(row.get("name").asString(), List.of(row.get("state").asString(),
                            row.get("analyzer").asString(), row.get("labelsOrTypes").asList(), row.get("properties").asList())));
            assertThat(indexes).containsOnly(
                    Map.entry("entity_names_folded", List.of("ONLINE", "standard-folding", List.of("Entity"), List.of("name", "aliases"))),
                    Map.entry("entity_names_cjk", List.of("ONLINE", "cjk", List.of(CjkNames.LABEL), List.of("aliases", "name"))));
        }
    }

    @Test
    void eachMigrationIsRecordedOnceInOrder() {
        try (var session = driver.session()) {
            List<Integer> versions = session.run("MATCH (m:__Migration) RETURN m.version AS v ORDER BY v")
                    .list(row -> row.get("v").asInt());
            List<Integer> files;
            try (var listing = Files.list(Path.of("cypher/migrations"))) {
                files = listing.map(file -> file.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.cypher"))
                        .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).sorted().toList();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(files).as("migration files").isNotEmpty();
            assertThat(versions).isEqualTo(files);
        }
    }

    @Test
    void listingByKindWalksTheKindSortKeyIndexInOrder() {
        try (var session = driver.session()) {
            var params = new HashMap<String, Object>();
            for (String p : List.of("country", "region", "field", "asOf", "type", "status", "regionKind")) {
                params.put(p, null);
            }
            params.putAll(Map.of("kind", "COUNTRY", "after", "", "limit", 10));
            String plan = session.run("EXPLAIN " + queries.get("network/list-nodes"), params).consume().plan().toString();
            assertThat(plan).contains("RANGE INDEX n:Entity(kind, sortKey) WHERE kind = $kind AND sortKey > $after")
                    .doesNotContain("AllNodesScan").doesNotContain("NodeByLabelScan")
                    .as("the index gives the order, so nothing sorts and LIMIT stops the seek early")
                    .doesNotContain("Top@").doesNotContain("Sort@");
        }
    }

    @Test
    void aMigrationRecordedAgainByASecondInstanceIsRefusedNotDuplicated(@Autowired QueryRunner runner) {
        var again = Map.<String, Object>of("version", 1, "description", "constraints", "checksum", "another instance");
        assertThatThrownBy(() -> runner.run("schema/record-migration", again)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(runner.list("schema/applied-migrations", Map.of(), row -> row.get("version").asInt())).containsOnlyOnce(1);
    }

    @Test
    void statsCountEveryKindAndEdgeKindFromTheCountStoreWithoutAdminProcedures() {
        String cypher = queries.get("stats/counts");
        for (Kind kind : Kind.values()) {
            assertThat(cypher).as(kind.name()).contains("MATCH (n:%s) WITH count(n) AS count RETURN '%s'".formatted(kind.label(), kind.label()));
        }
        for (EdgeKind kind : EdgeKind.values()) {
            assertThat(cypher).as(kind.name()).contains("MATCH ()-[r:%s]->() WITH count(r) AS count RETURN '%s'".formatted(kind.name(), kind.name()));
        }
        try (var session = driver.session()) {
            String plan = session.run("EXPLAIN " + cypher).consume().plan().toString();
            assertThat(plan).contains("NodeCountFromCountStore", "RelationshipCountFromCountStore")
                    .doesNotContain("AllNodesScan", "NodeByLabelScan", "RelationshipTypeScan", "ProcedureCall");
        }
    }

    /** The WHERE block of a query, from its first filter to RETURN, without the position of a page. */
    private String filters(String name) {
        String cypher = queries.get(name);
        Matcher end = Pattern.compile("\n(WITH|RETURN) ").matcher(cypher);
        return cypher.substring(cypher.indexOf("WHERE"), end.find(cypher.indexOf("WHERE")) ? end.start() : cypher.length())
                .replace("  AND n.sortKey > $after\n", "")
                .replace("  AND n.sortKey > ''\n", "")
                .replace("WHERE ($afterScore IS NULL OR score < $afterScore OR (score = $afterScore AND n.id > $afterId))\n  AND ", "WHERE ");
    }
}
