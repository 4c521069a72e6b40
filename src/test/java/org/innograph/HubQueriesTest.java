package org.innograph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.innograph.database.CypherQueries;
import org.innograph.database.QueryRunner;
import org.innograph.graphql.ApiProperties;
import org.innograph.graphql.ApiSettings;
import org.innograph.network.Agreement;
import org.innograph.network.Country;
import org.innograph.network.EdgeKind;
import org.innograph.network.NetworkNode;
import org.innograph.network.NodeProperties;
import org.innograph.network.Region;
import org.innograph.network.Relations;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.ProfiledPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Every bounded query asked about the densest node of the sample network, {@code country:CN} (1,738 edges,
 * 1,634 of them institutions located in it): the answer stays within its cap, and says {@code truncated}
 * exactly when the cap left something out.
 */
class HubQueriesTest extends IntegrationTest {

    static final String HUB = "country:CN";

    @Autowired
    QueryRunner queries;

    @Autowired
    ApiProperties api;

    @Autowired
    Environment environment;

    @Autowired
    Driver driver;

    @Autowired
    CypherQueries cypherQueries;

    @Nested
    class Neighbourhoods {

        @Test
        void aSmallLimitKeepsExactlyThatManyNodesTheNearestFirstAndSaysItCut() {
            List<String> level1 = ids(neighbourhood(HUB, 1, 5000).path("neighbourhood.nodes[*].id"));
            assertThat(level1).hasSize(1 + 1_738).startsWith(HUB);
            assertThat(level1.subList(1, level1.size())).isSorted();

            for (int depth = 1; depth <= 3; depth++) {
                GraphQlTester.Response cut = neighbourhood(HUB, depth, 200);
                cut.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(true);
                // Level 1 alone is over the cap, so no deeper node is kept, at any depth.
                assertThat(ids(cut.path("neighbourhood.nodes[*].id"))).containsExactlyElementsOf(level1.subList(0, 200));
            }
        }

        @Test
        void roomForExactlyTheFirstLevelKeepsItAndSaysTheSecondWasCut() {
            List<String> level1 = ids(neighbourhood(HUB, 1, 5000).path("neighbourhood.nodes[*].id"));
            GraphQlTester.Response response = neighbourhood(HUB, 3, level1.size());
            response.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(true);
            assertThat(ids(response.path("neighbourhood.nodes[*].id"))).containsExactlyElementsOf(level1);
            neighbourhood(HUB, 1, level1.size()).path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(false);
        }

        @Test
        void aLimitOfAtLeastItsWholeSizeCutsNothingAndOneLessCutsOne() {
            GraphQlTester.Response whole = neighbourhood(HUB, 2, 5000);
            whole.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(false);
            List<String> all = ids(whole.path("neighbourhood.nodes[*].id"));
            assertThat(all).hasSizeBetween(1_739 + 1, 4_999).doesNotHaveDuplicates();
            assertEdgesAmong(whole);

            GraphQlTester.Response exactly = neighbourhood(HUB, 2, all.size());
            exactly.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(false);
            assertThat(ids(exactly.path("neighbourhood.nodes[*].id"))).containsExactlyElementsOf(all);

            GraphQlTester.Response oneLess = neighbourhood(HUB, 2, all.size() - 1);
            oneLess.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(true);
            assertThat(ids(oneLess.path("neighbourhood.nodes[*].id"))).containsExactlyElementsOf(all.subList(0, all.size() - 1));
            assertEdgesAmong(oneLess);
        }

        private GraphQlTester.Response neighbourhood(String id, int depth, int limit) {
            return graphQl.documentName("neighbourhood").variable("id", id).variable("depth", depth).variable("limit", limit)
                    .execute();
        }

        private void assertEdgesAmong(GraphQlTester.Response response) {
            var nodes = new HashSet<>(ids(response.path("neighbourhood.nodes[*].id")));
            assertThat(ids(response.path("neighbourhood.edges[*].source"))).isNotEmpty().allMatch(nodes::contains);
            assertThat(ids(response.path("neighbourhood.edges[*].target"))).allMatch(nodes::contains);
        }

        private static List<String> ids(GraphQlTester.Path path) {
            return path.entityList(String.class).get();
        }
    }

    @Nested
    class ChildLists {

        @Test
        void aHubsChildListStopsAtTheCapInNameOrder() {
            Country hub = (Country) node(HUB);
            List<Agreement> all = relations(api.maxRelated()).outgoing(List.of(hub), EdgeKind.SIGNED, Agreement.class).get(hub);
            assertThat(all).hasSizeGreaterThan(10).hasSizeLessThanOrEqualTo(api.maxRelated());

            List<Agreement> capped = relations(10).outgoing(List.of(hub), EdgeKind.SIGNED, Agreement.class).get(hub);
            assertThat(capped).containsExactlyElementsOf(all.subList(0, 10));
        }

        @Test
        void aChildListExpandsOnlyTheEdgesOfItsKindNotEveryEdgeOfTheHub() {
            try (var session = driver.session()) {
                var counts = session.run("MATCH (n:Entity {id: $id}) RETURN COUNT { (n)--() } AS degree, "
                        + "COUNT { (n)-[:IN_REGION]->() } AS regions", Map.of("id", HUB)).single();
                long others = counts.get("degree").asLong() - counts.get("regions").asLong();
                var summary = session.run("PROFILE " + cypherQueries.get("network/outgoing"), Map.of("ids", List.of(HUB),
                        "type", "IN_REGION", "limit", 1_000, "properties", List.of("id"), "withEdge", false)).consume();
                // Expanding every edge would cost a db hit each: the hub's regions cost a few, its 1,700 other edges none.
                assertThat(counts.get("regions").asLong()).isPositive();
                assertThat(dbHits(summary.profile())).isLessThan(others / 10);
            }
        }

        private static long dbHits(ProfiledPlan plan) {
            return plan.dbHits() + plan.children().stream().mapToLong(ChildLists::dbHits).sum();
        }

        @Test
        void eachNodeOfABatchHasItsOwnCap() {
            Region africa = (Region) node("region:M49-002");
            Region asean = (Region) node("region:ASEAN");
            Map<Region, List<Country>> members = relations(5).incoming(List.of(africa, asean), EdgeKind.IN_REGION, Country.class);
            assertThat(members.get(africa)).hasSize(5);
            assertThat(members.get(asean)).hasSize(5);
            assertThat(members.get(africa)).extracting(Country::name).isSorted();
        }

        /** Relations as the service builds it, with another cap on child lists. */
        private Relations relations(int maxRelated) {
            return new Relations(queries, ApiSettings.with(environment, "max-related", maxRelated));
        }

        private NetworkNode node(String id) {
            NodeProperties all = NodeProperties.ofCurrentRequest();
            return queries.single("network/node-by-id", Map.of("id", id, "properties", all.names()),
                            row -> all.read(row.get("properties")))
                    .orElseThrow();
        }
    }
}
