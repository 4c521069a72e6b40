package org.innograph.graphql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    @Test
    void keysetCursorsSurviveTheRoundTripWithAnyName() {
        var cursor = new Cursor.Keyset("côte d'ivoire | 科特迪瓦\u001fcountry:CI");
        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void rankedCursorsSurviveTheRoundTripScoreExactly() {
        var cursor = new Cursor.Ranked(0.1 + 0.2, "ror:03cve4549");
        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void garbageIsABadArgumentNamedAfter() {
        for (String garbage : new String[] {"", "!!!", "aGVsbG8", new Cursor.Ranked(1.5, "lab:0001").encode().substring(2)}) {
            assertThatThrownBy(() -> Cursor.decode(garbage)).as(garbage).isInstanceOf(InvalidArgumentException.class)
                    .satisfies(e -> assertThat(((InvalidArgumentException) e).argument()).isEqualTo("after"));
        }
    }
}
