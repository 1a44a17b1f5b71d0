package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatusTest {

    @Test
    void the_contract_statuses_exist_from_closest_to_loosest() {
        assertThat(Status.values()).containsExactly(Status.MEMBER_STATE, Status.OBSERVER_STATE,
                Status.DIALOGUE_PARTNER, Status.PARTNER);
    }

    @Test
    void partner_was_introduced_at_the_tianjin_summit_in_2025() {
        assertThat(Status.PARTNER.introduced()).contains(PartialDate.of(2025, 9, 1));
        assertThat(Status.PARTNER.introduced().orElseThrow().firstDay()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void the_early_statuses_have_no_introduction_date() {
        assertThat(Status.MEMBER_STATE.introduced()).isEmpty();
        assertThat(Status.OBSERVER_STATE.introduced()).isEmpty();
        assertThat(Status.DIALOGUE_PARTNER.introduced()).isEmpty();
    }

    @Test
    void label_reads_in_a_sentence() {
        assertThat(Status.MEMBER_STATE.label()).isEqualTo("member state");
        assertThat(Status.OBSERVER_STATE.label()).isEqualTo("observer state");
        assertThat(Status.DIALOGUE_PARTNER.label()).isEqualTo("dialogue partner");
        assertThat(Status.PARTNER.label()).isEqualTo("SCO partner");
    }
}
