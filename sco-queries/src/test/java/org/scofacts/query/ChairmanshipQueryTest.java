package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChairmanshipQueryTest {

    private final Sco fixture = Fixture.sco();

    @Test
    void givenFixture_whenAllChairmanships_thenInOrderOfTerm() {
        assertThat(fixture.chairmanships().list())
                .containsExactly(Fixture.CHAIR_IN, Fixture.CHAIR_KZ, Fixture.CHAIR_CN);
    }

    @Test
    void givenHandoverAtSummit_whenOnTheDayAfter_thenTheNextHost() {
        assertThat(fixture.chairmanships().on(LocalDate.of(2023, 7, 4)).only()).isEqualTo(Fixture.CHAIR_IN);
        assertThat(fixture.chairmanships().on(LocalDate.of(2023, 7, 5)).only()).isEqualTo(Fixture.CHAIR_KZ);
        assertThat(fixture.chairmanships().on(LocalDate.of(2025, 9, 2)).list()).isEmpty();
    }

    @Test
    void givenFixture_whenPresidedByKazakhstan_thenItsTerm() {
        assertThat(fixture.chairmanships().presidedBy(Fixture.KZ).list()).containsExactly(Fixture.CHAIR_KZ);
        assertThat(fixture.chairmanships().presidedBy(Fixture.KZ).on(LocalDate.of(2024, 9, 1)).exists()).isFalse();
    }

    @Test
    void givenNullArguments_whenSteps_thenMessagesNameTheParameter() {
        assertThatThrownBy(() -> fixture.chairmanships().on(null)).hasMessage("date must not be null");
        assertThatThrownBy(() -> fixture.chairmanships().presidedBy(null)).hasMessage("state must not be null");
    }

    @Test
    void givenComposedQuery_whenToString_thenTheQuestion() {
        assertThat(fixture.chairmanships().presidedBy(Fixture.CN).on(LocalDate.of(2024, 9, 1)))
                .hasToString("chairmanships().on(2024-09-01).presidedBy(CN)");
    }
}
