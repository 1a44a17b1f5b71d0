package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scofacts.model.Unit;

class FigureQueryTest {

    private final Sco fixture = Fixture.sco();

    @Test
    void givenFixture_whenMeasureContainsPopulation_thenTheShareOfWorldPopulation() {
        assertThat(fixture.figures().measureContains("POPULATION").only()).isEqualTo(Fixture.POPULATION_SHARE);
        assertThat(fixture.figures().measureContains("member states").list())
                .containsExactly(Fixture.POPULATION_SHARE, Fixture.MEMBERS_2024);
    }

    @Test
    void givenFixture_whenReferringToYear_thenFiguresWhoseDateFallsInIt() {
        assertThat(fixture.figures().referringToYear(2024).list())
                .containsExactly(Fixture.POPULATION_SHARE, Fixture.MEMBERS_2024);
        assertThat(fixture.figures().referringToYear(2023).list()).isEmpty();
        assertThat(fixture.figures().referringToYear(2024).unit(Unit.COUNT).only()).isEqualTo(Fixture.MEMBERS_2024);
    }

    @Test
    void givenMalformedArguments_whenSteps_thenMessagesNameParameterAndValue() {
        assertThatThrownBy(() -> fixture.figures().measureContains("")).hasMessage("text must not be blank, was \"\"");
        assertThatThrownBy(() -> fixture.figures().unit(null)).hasMessage("unit must not be null");
    }

    @Test
    void givenComposedQuery_whenToString_thenTheQuestion() {
        assertThat(fixture.figures().unit(Unit.PERCENT).referringToYear(2024).measureContains("population"))
                .hasToString("figures().measureContains(\"population\").referringToYear(2024).unit(PERCENT)");
    }
}
