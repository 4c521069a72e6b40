package org.innograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** One copy of what repeats across staged rows, and the rows' properties still read as the maps they were. */
class SharedValuesTest {

    private final SharedValues shared = new SharedValues();

    @Test
    void aRepeatedValueIsKeptOnceAndAnEqualIdIsTheFirstOneSeen() {
        String first = shared.id(new String("ror:a"));
        assertThat(shared.id(new String("ror:a"))).isSameAs(first);

        Object source = shared.value("source", new String("synthetic: seed 1"));
        assertThat(shared.value("source", new String("synthetic: seed 1"))).isSameAs(source);
        assertThat(shared.value("since", LocalDate.of(2020, 1, 1))).isSameAs(shared.value("since", LocalDate.of(2020, 1, 1)));
    }

    @Test
    void aColumnWhoseValuesRarelyRepeatIsNoLongerLookedUp() {
        for (int i = 0; i < 2_000; i++) {
            shared.value("name", "name " + i);
        }
        String again = new String("name 1");
        assertThat(shared.value("name", again)).isSameAs(again);
    }

    @Test
    void propertiesReadAsTheMapTheyWereCollectedFromNullsIncluded() {
        var expected = new LinkedHashMap<String, Object>();
        expected.put("role", "lead");
        expected.put("until", null);
        expected.put("synthetic", true);
        var properties = shared.properties(1);
        properties.put("role", "partner");
        properties.put("until", null);
        properties.put("synthetic", true);
        properties.put("role", "lead");

        Map<String, Object> done = properties.done();

        assertThat(done).isEqualTo(expected).hasSameHashCodeAs(expected).containsEntry("until", null).doesNotContainKey("since");
        assertThat(done.keySet()).containsExactly("role", "until", "synthetic");
        assertThatThrownBy(() -> done.put("role", "x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
