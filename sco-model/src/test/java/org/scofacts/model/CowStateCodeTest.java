package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CowStateCodeTest {

    @Test
    void of_keeps_code_and_abbreviation() {
        CowStateCode kazakhstan = CowStateCode.of(705, "KZK");
        assertThat(kazakhstan.code()).isEqualTo(705);
        assertThat(kazakhstan.abbreviation()).isEqualTo("KZK");
        assertThat(kazakhstan).isEqualTo(new CowStateCode(705, "KZK")).isNotEqualTo(CowStateCode.of(705, "KAZ"));
    }

    @Test
    void accepts_the_ends_of_the_range() {
        assertThat(CowStateCode.of(2, "USA").code()).isEqualTo(2);
        assertThat(CowStateCode.of(999, "ABC").code()).isEqualTo(999);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 0, 1000})
    void rejects_codes_outside_2_to_999(int bad) {
        assertThatThrownBy(() -> new CowStateCode(bad, "CHN")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid cowCode: " + bad + " (expected 2 to 999)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CH", "CHNA", "chn", "C1N"})
    void rejects_abbreviations_that_are_not_three_capitals(String bad) {
        assertThatThrownBy(() -> new CowStateCode(710, bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid abbreviation of cowCode 710: \"" + bad + "\" (expected three capitals)");
    }

    @Test
    void rejects_a_null_abbreviation_naming_the_field() {
        assertThatThrownBy(() -> new CowStateCode(710, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("abbreviation must not be null");
    }
}
