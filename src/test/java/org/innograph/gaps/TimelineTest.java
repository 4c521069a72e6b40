package org.innograph.gaps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.innograph.IntegrationTest;
import org.innograph.SmallGraph;
import org.innograph.ingest.EdgeRow;
import org.innograph.ingest.NodeRow;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline, on the sample network (against counts made here, straight in Cypher, with the span rule written
 * in this test) and on a small graph of this test's own whose every date is set by hand, 1991 to 1994:
 *
 * <pre>
 *  lab L       1991-03-01 .. 1993-06-30          I1 since 1992-07-01, I2 undated, I3 since 1994-02-02
 *  project P   1992-01-01 .. 1993-12-31          I1 PARTNER_OF L since 1992-07-01; I2 PARTNER_OF L undated
 *  project Q   1993-05-05 ..                     I1 PARTICIPATES_IN P since 1991-05-05 (before P began)
 *                                                I2 PARTICIPATES_IN P since 1993-02-02; I2 PARTICIPATES_IN Q undated
 *                                                I3 PARTICIPATES_IN Q since 1994-03-03
 * </pre>
 *
 * What the timeline must add for it, worked out by hand, is in {@link #theSmallGraphAddsExactlyTheHandWorkedCountsEachYear}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineTest extends IntegrationTest {

    @Autowired
    SmallGraph graph;

    @Autowired
    Driver driver;

    /** The timeline of 1991-1994 before the small graph was written. */
    private Answer before;

    @BeforeAll
    void writeTheSmallGraph() {
        before = timeline(1991, 1994, null);
        List<NodeRow> nodes = List.of(
                GapsTest.node(Kind.JOINT_LAB, "lab:zz-timeline-l", "Timeline Test Lab",
                        Map.of("since", LocalDate.of(1991, 3, 1), "until", LocalDate.of(1993, 6, 30))),
                GapsTest.node(Kind.PROJECT, "project:zz-timeline-p", "Timeline Test Project P",
                        Map.of("since", LocalDate.of(1992, 1, 1), "until", LocalDate.of(1993, 12, 31))),
                GapsTest.node(Kind.PROJECT, "project:zz-timeline-q", "Timeline Test Project Q", Map.of("since", LocalDate.of(1993, 5, 5))),
                GapsTest.node(Kind.INSTITUTION, "ror:zz-timeline-1", "Timeline Test One", Map.of("since", LocalDate.of(1992, 7, 1))),
                GapsTest.node(Kind.INSTITUTION, "ror:zz-timeline-2", "Timeline Test Two", Map.of()),
                GapsTest.node(Kind.INSTITUTION, "ror:zz-timeline-3", "Timeline Test Three", Map.of("since", LocalDate.of(1994, 2, 2))));
        List<EdgeRow> edges = List.of(
                edge(EdgeKind.PARTNER_OF, "ror:zz-timeline-1", "lab:zz-timeline-l", LocalDate.of(1992, 7, 1)),
                edge(EdgeKind.PARTNER_OF, "ror:zz-timeline-2", "lab:zz-timeline-l", null),
                edge(EdgeKind.PARTICIPATES_IN, "ror:zz-timeline-1", "project:zz-timeline-p", LocalDate.of(1991, 5, 5)),
                edge(EdgeKind.PARTICIPATES_IN, "ror:zz-timeline-2", "project:zz-timeline-p", LocalDate.of(1993, 2, 2)),
                edge(EdgeKind.PARTICIPATES_IN, "ror:zz-timeline-2", "project:zz-timeline-q", null),
                edge(EdgeKind.PARTICIPATES_IN, "ror:zz-timeline-3", "project:zz-timeline-q", LocalDate.of(1994, 3, 3)));
        graph.write(nodes, edges);
    }

    @AfterAll
    void removeTheSmallGraph() {
        graph.remove();
    }

    @Test
    void theSmallGraphAddsExactlyTheHandWorkedCountsEachYear() {
        Answer after = timeline(1991, 1994, null);
        // Existing at the end of 1991, 1992, 1993, 1994, and new in each year.
        // L: there at the end of 1991 and 1992 (its until, 30 June 1993, is before the end of 1993); new in 1991.
        assertThat(added(after, "JOINT_LAB", Count::existing)).containsExactly(1L, 1L, 0L, 0L);
        assertThat(added(after, "JOINT_LAB", Count::added)).containsExactly(1L, 0L, 0L, 0L);
        // P: 1992 and 1993 (until 31 December 1993 covers the end of 1993); Q: from 1993.
        assertThat(added(after, "PROJECT", Count::existing)).containsExactly(0L, 1L, 2L, 1L);
        assertThat(added(after, "PROJECT", Count::added)).containsExactly(0L, 1L, 1L, 0L);
        // I2 undated is there every year and new in none; I1 from 1992, I3 from 1994.
        assertThat(added(after, "INSTITUTION", Count::existing)).containsExactly(1L, 2L, 2L, 3L);
        assertThat(added(after, "INSTITUTION", Count::added)).containsExactly(0L, 1L, 0L, 1L);
        // I2-L undated takes L's 1991; I1-L 1992; I1-P dated 1991 but P began in 1992; I2-P 1993, I2-Q Q's 1993; I3-Q 1994.
        assertThat(addedTies(after, "PARTNER_OF")).containsExactly(1L, 1L, 0L, 0L);
        assertThat(addedTies(after, "PARTICIPATES_IN")).containsExactly(0L, 1L, 2L, 1L);
        // I1-I2 shared L from 1992-07-01 (I1's start) and P from 1993-02-02: since 1992. I2-I3 shared Q from 1994-03-03.
        assertThat(addedTies(after, "COOPERATES_WITH")).containsExactly(0L, 1L, 0L, 1L);
        assertThat(addedTies(after, "OPERATES")).containsExactly(0L, 0L, 0L, 0L);
        for (int i = 0; i < 4; i++) {
            assertThat(after.years().get(i).newTieCount() - before.years().get(i).newTieCount())
                    .isEqualTo(new long[] {1, 3, 2, 2}[i]);
        }
    }

    @Test
    void aYearOfTheSampleCountsWhatACypherCountWithTheSpanRuleFinds() {
        for (int year : List.of(2005, 2015)) {
            Answer answer = timeline(year, year, null);
            var end = LocalDate.of(year, 12, 31);
            var start = LocalDate.of(year, 1, 1);
            Map<String, List<Long>> expected = new HashMap<>();
            Map<String, Long> expectedTies = new HashMap<>();
            try (var session = driver.session()) {
                session.run("MATCH (n:Entity) RETURN n.kind AS kind, "
                        + "count(CASE WHEN (n.since IS NULL OR n.since <= $end) AND (n.until IS NULL OR n.until >= $end) "
                        + "THEN 1 END) AS existing, "
                        + "count(CASE WHEN n.since >= $start AND n.since <= $end THEN 1 END) AS added",
                        Map.of("start", start, "end", end)).forEachRemaining(row -> expected.put(row.get("kind").asString(),
                        List.of(row.get("existing").asLong(), row.get("added").asLong())));
                session.run("MATCH (:Institution)-[p:PARTNER_OF|PARTICIPATES_IN|OPERATES]->(x) "
                        + "WITH type(p) AS kind, [d IN [p.since, x.since] WHERE d IS NOT NULL] AS starts "
                        + "WITH kind, reduce(latest = null, d IN starts | "
                        + "CASE WHEN latest IS NULL OR d > latest THEN d ELSE latest END) AS began "
                        + "WHERE began >= $start AND began <= $end RETURN kind, count(*) AS ties "
                        + "UNION ALL MATCH (:Institution)-[c:COOPERATES_WITH]->(:Institution) WHERE c.since >= $start AND c.since <= $end "
                        + "RETURN 'COOPERATES_WITH' AS kind, count(*) AS ties", Map.of("start", start, "end", end))
                        .forEachRemaining(row -> expectedTies.put(row.get("kind").asString(), row.get("ties").asLong()));
            }
            Year counted = answer.years().get(0);
            assertThat(counted.year()).isEqualTo(year);
            Map<String, List<Long>> found = counted.nodes().stream()
                    .collect(Collectors.toMap(Count::kind, count -> List.of(count.existing(), count.added())));
            for (Kind kind : Kind.values()) {
                assertThat(found.get(kind.name())).as(year + " " + kind).isEqualTo(expected.getOrDefault(kind.name(), List.of(0L, 0L)));
            }
            for (TieCount ties : counted.newTies()) {
                assertThat(ties.count()).as(year + " " + ties.kind()).isEqualTo(expectedTies.getOrDefault(ties.kind(), 0L));
            }
            assertThat(counted.newTieCount()).isPositive();
            assertThat(found.get("PROJECT").get(0)).isPositive();
        }
    }

    @Test
    void kindsChooseTheCountsAndEveryYearOfTheRangeIsThere() {
        Answer answer = timeline(2000, 2024, List.of("JOINT_LAB", "AGREEMENT"));
        assertThat(answer.years()).extracting(Year::year).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(2000, 2024).boxed().toList());
        assertThat(answer.years()).allSatisfy(year -> {
            assertThat(year.nodes()).extracting(Count::kind).containsExactly("JOINT_LAB", "AGREEMENT");
            assertThat(year.existing()).isEqualTo(year.nodes().stream().mapToLong(Count::existing).sum());
        });
    }

    @Test
    void moreThanAHundredYearsOrAnEndBeforeTheStartIsRefusedNamingTheArgument() {
        GapsTest.expectBadInput(graphQl.documentName("timeline").variable("from", 1900).variable("to", 2000).execute(), "to");
        GapsTest.expectBadInput(graphQl.documentName("timeline").variable("from", 2020).variable("to", 2019).execute(), "to");
        GapsTest.expectBadInput(graphQl.documentName("timeline").variable("from", 0).variable("to", 10).execute(), "from");
    }

    private Answer timeline(int from, int to, List<String> kinds) {
        return graphQl.documentName("timeline").variable("from", from).variable("to", to).variable("kinds", kinds).execute()
                .path("timeline").entity(Answer.class).get();
    }

    /** What the small graph added to the counts of a kind, year by year. */
    private List<Long> added(Answer after, String kind, java.util.function.ToLongFunction<Count> figure) {
        var added = new ArrayList<Long>();
        for (int i = 0; i < after.years().size(); i++) {
            added.add(figure.applyAsLong(count(after.years().get(i), kind)) - figure.applyAsLong(count(before.years().get(i), kind)));
        }
        return added;
    }

    private List<Long> addedTies(Answer after, String kind) {
        var added = new ArrayList<Long>();
        for (int i = 0; i < after.years().size(); i++) {
            added.add(ties(after.years().get(i), kind) - ties(before.years().get(i), kind));
        }
        return added;
    }

    private static Count count(Year year, String kind) {
        return year.nodes().stream().filter(count -> count.kind().equals(kind)).findFirst().orElseThrow();
    }

    private static long ties(Year year, String kind) {
        return year.newTies().stream().filter(ties -> ties.kind().equals(kind)).findFirst().orElseThrow().count();
    }

    private static EdgeRow edge(EdgeKind kind, String from, String to, LocalDate since) {
        EdgeRow row = GapsTest.edge(kind, from, to);
        if (since != null) {
            row.properties().put("since", since);
        }
        return row;
    }

    record Count(String kind, long existing, long added) {
    }

    record TieCount(String kind, long count) {
    }

    record Year(int year, List<Count> nodes, long existing, long added, List<TieCount> newTies, long newTieCount) {
    }

    record Answer(int from, int to, List<String> kinds, List<Year> years) {
    }
}
