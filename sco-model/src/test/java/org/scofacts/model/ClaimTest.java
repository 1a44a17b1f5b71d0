package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClaimTest {

    private static final PartialDate DUSHANBE_SUMMIT = PartialDate.of(2021, 9, 17);

    @Test
    void of_keeps_speaker_and_date() {
        Claim claim = Claim.of("Xi Jinping", DUSHANBE_SUMMIT);

        assertThat(claim.speaker()).isEqualTo("Xi Jinping");
        assertThat(claim.on()).isEqualTo(DUSHANBE_SUMMIT);
        assertThat(claim).isEqualTo(new Claim("Xi Jinping", DUSHANBE_SUMMIT));
    }

    @Test
    void constructor_rejects_a_blank_speaker_naming_the_field_and_the_value() {
        assertThatThrownBy(() -> new Claim(" ", DUSHANBE_SUMMIT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("speaker").hasMessageContaining("\" \"");
    }

    @Test
    void constructor_rejects_nulls_naming_the_field() {
        assertThatThrownBy(() -> new Claim(null, DUSHANBE_SUMMIT))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("speaker");
        assertThatThrownBy(() -> new Claim("Xi Jinping", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("on");
    }
}
