package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChairmanshipQueryTest {

    private final Sco fixture = Fixture.sco();

    @Test
    void given_fixture_when_all_chairmanships_then_in_order_of_term() {
        assertThat(fixture.chairmanships().list())
                .containsExactly(Fixture.CHAIR_IN, Fixture.CHAIR_KZ, Fixture.CHAIR_CN);
    }

    @Test
    void given_handover_at_summit_when_on_the_day_after_then_the_next_host() {
        assertThat(fixture.chairmanships().on(LocalDate.of(2023, 7, 4)).only()).isEqualTo(Fixture.CHAIR_IN);
        assertThat(fixture.chairmanships().on(LocalDate.of(2023, 7, 5)).only()).isEqualTo(Fixture.CHAIR_KZ);
        assertThat(fixture.chairmanships().on(LocalDate.of(2025, 9, 2)).list()).isEmpty();
    }

    @Test
    void given_fixture_when_presided_by_kazakhstan_then_its_term() {
        assertThat(fixture.chairmanships().presidedBy(Fixture.KZ).list()).containsExactly(Fixture.CHAIR_KZ);
        assertThat(fixture.chairmanships().presidedBy(Fixture.KZ).on(LocalDate.of(2024, 9, 1)).exists()).isFalse();
    }

    @Test
    void given_null_arguments_when_steps_then_messages_name_the_parameter() {
        assertThatThrownBy(() -> fixture.chairmanships().on(null)).hasMessage("date must not be null");
        assertThatThrownBy(() -> fixture.chairmanships().presidedBy(null)).hasMessage("state must not be null");
    }

    @Test
    void given_composed_query_when_to_string_then_the_question() {
        assertThat(fixture.chairmanships().presidedBy(Fixture.CN).on(LocalDate.of(2024, 9, 1)))
                .hasToString("chairmanships().on(2024-09-01).presidedBy(CN)");
    }
}
