package org.innograph.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.innograph.database.SchemaMigrations.Migration;
import org.junit.jupiter.api.Test;

/** What the migrations leave of the schema, which a database written whole is given in one transaction. */
class SchemaMigrationsTest {

    @Test
    void aNewStoreGetsWhatTheMigrationFilesLeaveInTheirOrder() {
        List<String> schema = SchemaMigrations.schemaOfNewStore(SchemaMigrations.migrations());

        assertThat(schema).map(SchemaMigrationsTest::nameOf).containsExactly("entity_id", "region_id", "country_id",
                "institution_id", "joint_lab_id", "transfer_center_id", "industrial_park_id", "demo_center_id",
                "project_id", "activity_id", "agreement_id", "field_id", "entity_kind_sort_key", "country_iso3",
                "country_iso2", "entity_names_folded", "entity_names_cjk");
        // The full-text indexes as V005 made them again, not as V003 first did.
        assertThat(schema.subList(15, 17)).allMatch(create -> create.contains("`fulltext.eventually_consistent`: true"));
    }

    @Test
    void leavesOutWhatALaterStatementDropsAndEveryDataStatement() {
        var first = new Migration(1, "first", "x", List.of(
                "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.p)",
                "CREATE CONSTRAINT `b c` FOR (n:B) REQUIRE n.id IS UNIQUE",
                "CREATE INDEX FOR (n:C) ON (n.p)",
                "create text index d for (n:D) on (n.p)"));
        var second = new Migration(2, "second", "y", List.of(
                "DROP INDEX a IF EXISTS",
                "DROP CONSTRAINT `b c`",
                "MATCH (n:D) SET n.p = toString(n.p)",
                "CREATE RANGE INDEX a FOR (n:A) ON (n.p, n.q)"));

        assertThat(SchemaMigrations.schemaOfNewStore(List.of(first, second))).containsExactly(
                "CREATE INDEX FOR (n:C) ON (n.p)",
                "create text index d for (n:D) on (n.p)",
                "CREATE RANGE INDEX a FOR (n:A) ON (n.p, n.q)");
    }

    private static String nameOf(String create) {
        return create.replaceFirst("(?s)^CREATE (FULLTEXT )?(CONSTRAINT|INDEX) (\\w+).*", "$3");
    }
}
