package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scofacts.model.EventKind;

class EventQueryTest {

    private final Sco fixture = Fixture.sco();

    @Test
    void given_fixture_when_exercises_then_peace_mission() {
        assertThat(fixture.events().kind(EventKind.EXERCISE).only()).isEqualTo(Fixture.PEACE_MISSION);
        assertThat(fixture.events().list()).containsExactly(Fixture.PEACE_MISSION, Fixture.FORUM);
    }

    @Test
    void given_half_open_event_period_when_between_then_the_last_day_counts_and_the_end_does_not() {
        assertThat(fixture.events().between(LocalDate.of(2007, 8, 17), LocalDate.of(2007, 8, 18)).list())
                .containsExactly(Fixture.PEACE_MISSION);
        assertThat(fixture.events().between(LocalDate.of(2007, 8, 18), LocalDate.of(2008, 1, 1)).list()).isEmpty();
        assertThat(fixture.events().between(LocalDate.of(2007, 8, 9), LocalDate.of(2007, 8, 9)).list()).isEmpty();
        assertThatThrownBy(() -> fixture.events().between(LocalDate.of(2008, 1, 1), LocalDate.of(2007, 1, 1)))
                .hasMessage("toExclusive 2007-01-01 must not be before fromInclusive 2008-01-01");
    }

    @Test
    void given_composed_query_when_to_string_then_the_question() {
        assertThat(fixture.events().between(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)).kind(EventKind.FORUM))
                .hasToString("events().kind(FORUM).between(2024-01-01, 2025-01-01)");
    }
}
