package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scofacts.model.DesignationKind;

class DesignationQueryTest {

    private final Sco fixture = Fixture.sco();

    @Test
    void given_fixture_when_in_year_then_designations_in_force_on_some_day_of_it() {
        assertThat(fixture.designations().inYear(2024).list()).containsExactly(Fixture.YEAR_OF_ECOLOGY);
        assertThat(fixture.designations().inYear(2023).list()).containsExactly(Fixture.CAPITAL);
        assertThat(fixture.designations().inYear(2022).list()).containsExactly(Fixture.CAPITAL);
        assertThat(fixture.designations().inYear(2025).list()).isEmpty();
    }

    @Test
    void given_fixture_when_kind_then_designations_of_that_kind() {
        assertThat(fixture.designations().kind(DesignationKind.THEMED_YEAR).list())
                .containsExactly(Fixture.YEAR_OF_ECOLOGY);
        assertThat(fixture.designations().kind(DesignationKind.TOURISM_AND_CULTURAL_CAPITAL).inYear(2024).list())
                .isEmpty();
        assertThatThrownBy(() -> fixture.designations().kind(null)).hasMessage("kind must not be null");
    }

    @Test
    void given_composed_query_when_to_string_then_the_question() {
        assertThat(fixture.designations().inYear(2024).kind(DesignationKind.THEMED_YEAR))
                .hasToString("designations().kind(THEMED_YEAR).inYear(2024)");
    }
}
