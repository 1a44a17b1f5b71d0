package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scofacts.model.DesignationKind;

class DesignationQueryTest {

    private final Sco fixture = Fixture.sco();

    @Test
    void givenFixture_whenInYear_thenDesignationsInForceOnSomeDayOfIt() {
        assertThat(fixture.designations().inYear(2024).list()).containsExactly(Fixture.YEAR_OF_ECOLOGY);
        assertThat(fixture.designations().inYear(2023).list()).containsExactly(Fixture.CAPITAL);
        assertThat(fixture.designations().inYear(2022).list()).containsExactly(Fixture.CAPITAL);
        assertThat(fixture.designations().inYear(2025).list()).isEmpty();
    }

    @Test
    void givenFixture_whenKind_thenDesignationsOfThatKind() {
        assertThat(fixture.designations().kind(DesignationKind.THEMED_YEAR).list())
                .containsExactly(Fixture.YEAR_OF_ECOLOGY);
        assertThat(fixture.designations().kind(DesignationKind.TOURISM_AND_CULTURAL_CAPITAL).inYear(2024).list())
                .isEmpty();
        assertThatThrownBy(() -> fixture.designations().kind(null)).hasMessage("kind must not be null");
    }

    @Test
    void givenComposedQuery_whenToString_thenTheQuestion() {
        assertThat(fixture.designations().inYear(2024).kind(DesignationKind.THEMED_YEAR))
                .hasToString("designations().kind(THEMED_YEAR).inYear(2024)");
    }
}
