package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"chs-24", "status.in.member-state.2017", "seed-000", "a", "2001"})
    void of_accepts_lower_case_words_joined_by_dash_or_dot(String text) {
        SourceId id = SourceId.of(text);

        assertThat(id.value()).isEqualTo(text);
        assertThat(id).hasToString(text).isEqualTo(new SourceId(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Chs-24", "chs_24", "chs--24", "-chs", "chs.", "chs 24", "чс-24"})
    void constructor_rejects_other_text_naming_it(String text) {
        assertThatThrownBy(() -> new SourceId(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source id")
                .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void constructor_rejects_null() {
        assertThatThrownBy(() -> new SourceId(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("source id");
    }

    @Test
    void compare_to_orders_by_text() {
        assertThat(SourceId.of("chs-1")).isLessThan(SourceId.of("chs-2"));
        assertThat(SourceId.of("chs-10")).isLessThan(SourceId.of("chs-2"));
        assertThat(SourceId.of("chs-1").compareTo(SourceId.of("chs-1"))).isZero();
    }

    @Test
    void equals_and_hash_code_follow_the_text() {
        EqualsVerifier.forClass(SourceId.class).suppress(Warning.NULL_FIELDS).verify();
    }
}
