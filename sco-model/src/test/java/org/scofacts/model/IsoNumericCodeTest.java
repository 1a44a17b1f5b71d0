package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoNumericCodeTest {

    @Test
    void prints_three_digits_as_iso_writes_them() {
        assertThat(IsoNumericCode.of(4)).hasToString("004");
        assertThat(IsoNumericCode.of(51)).hasToString("051");
        assertThat(IsoNumericCode.of(156)).hasToString("156");
        assertThat(IsoNumericCode.of(156).value()).isEqualTo(156);
    }

    @Test
    void accepts_the_ends_of_the_range() {
        assertThat(IsoNumericCode.of(1).value()).isEqualTo(1);
        assertThat(IsoNumericCode.of(999).value()).isEqualTo(999);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -4, 1000})
    void rejects_numbers_outside_1_to_999(int bad) {
        assertThatThrownBy(() -> new IsoNumericCode(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid isoNumeric: " + bad + " (expected 1 to 999)");
    }
}
