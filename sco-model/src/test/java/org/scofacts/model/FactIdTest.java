package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FactIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"chs-24", "status.in.member-state.2017", "seed-000", "a", "2001"})
    void of_accepts_lower_case_words_joined_by_dash_or_dot(String text) {
        FactId id = FactId.of(text);

        assertThat(id.value()).isEqualTo(text);
        assertThat(id).hasToString(text).isEqualTo(new FactId(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Chs-24", "chs_24", "chs--24", "-chs", "chs.", "chs 24", "чс-24"})
    void constructor_rejects_other_text_naming_it(String text) {
        assertThatThrownBy(() -> new FactId(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fact id")
                .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void constructor_rejects_null() {
        assertThatThrownBy(() -> new FactId(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("fact id");
    }

    @Test
    void compare_to_orders_by_text() {
        assertThat(FactId.of("chs-1")).isLessThan(FactId.of("chs-2"));
        assertThat(FactId.of("chs-10")).isLessThan(FactId.of("chs-2"));
        assertThat(FactId.of("chs-1").compareTo(FactId.of("chs-1"))).isZero();
    }

    @Test
    void equals_and_hash_code_follow_the_text() {
        EqualsVerifier.forClass(FactId.class).suppress(Warning.NULL_FIELDS).verify();
    }
}
