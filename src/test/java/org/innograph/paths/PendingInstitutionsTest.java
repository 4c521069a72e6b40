package org.innograph.paths;

import java.util.List;

import org.innograph.paths.PendingInstitutions.Group;
import org.innograph.paths.PendingInstitutions.Pending;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How marked institutions are cut into transactions, worked out by hand (cap 25: at most 24 pairs per participation). */
class PendingInstitutionsTest {

    @Test
    void smallInstitutionsShareATransactionUpToTheBound() {
        // 10 participations each: a bound of 240 pairs each; 1,000 pairs take four of them.
        List<Pending> pending = List.of(new Pending("a", 10), new Pending("b", 10), new Pending("c", 10),
                new Pending("d", 10), new Pending("e", 10));

        assertThat(PendingInstitutions.transactions(pending, 25, 1_000))
                .containsExactly(new Group(List.of("a", "b", "c", "d"), 960), new Group(List.of("e"), 240));
    }

    @Test
    void aHubAboveTheBoundGoesAlone() {
        // The hub's 2,348 participations bound 56,352 pairs, past 50,000.
        List<Pending> pending = List.of(new Pending("a", 3), new Pending("hub", 2_348), new Pending("b", 3));

        assertThat(PendingInstitutions.transactions(pending, 25, 50_000))
                .containsExactly(new Group(List.of("a"), 72), new Group(List.of("hub"), 56_352), new Group(List.of("b"), 72));
    }

    @Test
    void aHubsPartnersGoInAsManyChunksAsItsBoundTakesTheLimit() {
        // 56,352 pairs at most 50,000 each: two chunks, of 4 and 3 of its 7 partners.
        List<String> partners = List.of("p1", "p2", "p3", "p4", "p5", "p6", "p7");

        assertThat(PendingInstitutions.chunks(partners, 56_352, 50_000))
                .containsExactly(List.of("p1", "p2", "p3", "p4"), List.of("p5", "p6", "p7"));
        assertThat(PendingInstitutions.chunks(partners, 40_000, 50_000)).containsExactly(partners);
        // Never more chunks than partners, and none without partners.
        assertThat(PendingInstitutions.chunks(partners, 10_000_000, 50_000)).hasSize(7);
        assertThat(PendingInstitutions.chunks(List.of(), 56_352, 50_000)).isEmpty();
    }

    @Test
    void nothingPendingIsNoTransaction() {
        assertThat(PendingInstitutions.transactions(List.of(), 25, 50_000)).isEmpty();
    }
}
