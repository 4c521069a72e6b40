package org.innograph.paths;

import java.util.List;

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
                .containsExactly(List.of("a", "b", "c", "d"), List.of("e"));
    }

    @Test
    void aHubAboveTheBoundGoesAlone() {
        // The hub's 2,348 participations bound 56,352 pairs, past 50,000.
        List<Pending> pending = List.of(new Pending("a", 3), new Pending("hub", 2_348), new Pending("b", 3));

        assertThat(PendingInstitutions.transactions(pending, 25, 50_000))
                .containsExactly(List.of("a"), List.of("hub"), List.of("b"));
    }

    @Test
    void nothingPendingIsNoTransaction() {
        assertThat(PendingInstitutions.transactions(List.of(), 25, 50_000)).isEmpty();
    }
}
