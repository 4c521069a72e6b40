package org.innograph.regions;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.innograph.IntegrationTest;
import org.innograph.network.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Core API walk reads who takes part in what exactly as {@code regions/participants.cypher} does, and the
 * region ties built from it are those of {@code regions/connecting.cypher}, on the sample network.
 */
class ParticipantsTraversalTest extends IntegrationTest {

    private static final LocalDate MID_2015 = LocalDate.of(2015, 6, 1);

    @Autowired
    Participations participations;

    @Autowired
    ConnectingNodes connectingNodes;

    static Stream<Arguments> participationQuestions() {
        return Stream.of(
                Arguments.of(List.copyOf(Cooperation.KINDS), List.of("region:M49-150", "region:M49-142", "region:M49-002", "region:ASEAN"),
                        null, null),
                // Regions that overlap (Africa and the African Union), in a field, at a date.
                Arguments.of(List.copyOf(Cooperation.KINDS), List.of("region:M49-002", "region:AU", "region:EU"), "field:energy", MID_2015),
                Arguments.of(List.of(Kind.AGREEMENT), List.of("region:M49-142", "region:ASEAN"), null, MID_2015),
                Arguments.of(List.of(Kind.JOINT_LAB), List.of("region:M49-150", "region:NOWHERE"), null, null));
    }

    @ParameterizedTest
    @MethodSource("participationQuestions")
    void theWalkReadsParticipantsAsTheCypherFile(List<Kind> kinds, List<String> regions, String field, LocalDate asOf) {
        List<Cooperation> walked = participations.byTraversal(kinds, regions, field, asOf).orElseThrow();
        List<Cooperation> queried = participations.byCypher(kinds, regions, field, asOf);
        assertThat(walked).isNotEmpty();
        assertThat(walked).containsExactlyElementsOf(queried);
    }

    static Stream<Arguments> connectingQuestions() {
        return Stream.of(
                Arguments.of("region:M49-150", "region:M49-142", Kind.JOINT_LAB, null, null, 500),
                Arguments.of("region:M49-142", "region:M49-150", Kind.PROJECT, null, null, 7),
                Arguments.of("region:M49-002", "region:AU", Kind.PROJECT, null, MID_2015, 500),
                Arguments.of("region:M49-150", "region:M49-142", Kind.PROJECT, "field:energy", null, 500),
                // A region with itself: two of its countries connect it.
                Arguments.of("region:M49-142", "region:M49-142", Kind.INDUSTRIAL_PARK, null, null, 500),
                Arguments.of("region:M49-142", "region:M49-150", Kind.AGREEMENT, null, null, 3));
    }

    @ParameterizedTest
    @MethodSource("connectingQuestions")
    void theTiesBuiltFromTheWalkAreThoseOfTheCypherFile(String regionA, String regionB, Kind kind, String field, LocalDate asOf,
            int first) {
        ConnectingNodes.Ties walked = connectingNodes.byTraversal(regionA, regionB, kind, field, asOf, first).orElseThrow();
        ConnectingNodes.Ties queried = connectingNodes.byCypher(regionA, regionB, kind, field, asOf, first);
        assertThat(walked.page()).isNotEmpty();
        assertThat(walked.total()).isEqualTo(queried.total());
        assertThat(walked.page()).containsExactlyElementsOf(queried.page());
    }
}
