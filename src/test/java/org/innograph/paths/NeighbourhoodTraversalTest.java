package org.innograph.paths;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.innograph.IntegrationTest;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.innograph.subgraph.Subgraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The Core API walk answers every neighbourhood exactly as {@code paths/neighbourhood.cypher} does. */
class NeighbourhoodTraversalTest extends IntegrationTest {

    private static final Neighbourhood.Filters NONE = new Neighbourhood.Filters(null, null, null, null);

    @Autowired
    Neighbourhood neighbourhood;

    static Stream<Arguments> neighbourhoods() {
        return Stream.of(
                // The hub: cut at every depth, and not cut at depth 1 with room for all of it.
                Arguments.of("country:CN", 1, NONE, 20),
                Arguments.of("country:CN", 1, NONE, 5_000),
                Arguments.of("country:CN", 2, NONE, 1_000),
                Arguments.of("country:CN", 3, NONE, 300),
                Arguments.of("lab:0001", 2, new Neighbourhood.Filters(null, null, List.of("field:energy"), null), 200),
                Arguments.of("lab:0001", 3, new Neighbourhood.Filters(List.of(Kind.INSTITUTION, Kind.JOINT_LAB, Kind.COUNTRY),
                        null, null, null), 400),
                Arguments.of("country:KE", 2, new Neighbourhood.Filters(null, List.of(EdgeKind.PARTNER_OF, EdgeKind.LOCATED_IN,
                        EdgeKind.PARTICIPATES_IN), null, LocalDate.of(2015, 1, 1)), 500),
                Arguments.of("ror:02v51f717", 2, new Neighbourhood.Filters(null, List.copyOf(EdgeKind.COOPERATION), null,
                        LocalDate.of(2022, 6, 1)), 150));
    }

    @ParameterizedTest
    @MethodSource("neighbourhoods")
    void theWalkAnswersAsTheCypherFile(String id, int depth, Neighbourhood.Filters filters, int limit) {
        Subgraph walked = neighbourhood.byTraversal(id, depth, filters, limit).orElseThrow();
        Subgraph queried = neighbourhood.byCypher(id, depth, filters, limit);
        assertThat(walked.nodes()).isNotEmpty();
        assertThat(walked.truncated()).isEqualTo(queried.truncated());
        assertThat(walked.nodes()).containsExactlyElementsOf(queried.nodes());
        assertThat(walked.edges()).containsExactlyElementsOf(queried.edges());
    }

    /**
     * With a budget of 0 every node with an edge counts as a hub, so every edge is read from a hub to a hub;
     * with 2 and 5 some ends are read whole and some not, so each edge is found from one side or the other.
     */
    @ParameterizedTest
    @MethodSource("neighbourhoods")
    void theEdgesAreTheSameWhicheverEndTheyAreReadFrom(String id, int depth, Neighbourhood.Filters filters, int limit) {
        Subgraph queried = neighbourhood.byCypher(id, depth, filters, limit);
        for (int budget : new int[] {0, 2, 5}) {
            Subgraph walked = neighbourhood.byTraversal(id, depth, filters, limit, budget).orElseThrow();
            assertThat(walked.edges()).as("edge budget %d", budget).containsExactlyElementsOf(queried.edges());
        }
    }
}
