package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scofacts.model.Claim;
import org.scofacts.model.Figure;
import org.scofacts.model.Measure;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Unit;

class FigureQueryTest {

    private final Sco fixture = Fixture.sco();

    @Test
    void given_fixture_when_measure_contains_population_then_the_share_of_world_population() {
        assertThat(fixture.figures().measureContains("POPULATION").only()).isEqualTo(Fixture.POPULATION_SHARE);
        assertThat(fixture.figures().measureContains("member states").list())
                .containsExactly(Fixture.POPULATION_SHARE, Fixture.MEMBERS_2024);
    }

    @Test
    void given_fixture_when_referring_to_year_then_figures_whose_date_falls_in_it() {
        assertThat(fixture.figures().referringToYear(2024).list())
                .containsExactly(Fixture.POPULATION_SHARE, Fixture.MEMBERS_2024);
        assertThat(fixture.figures().referringToYear(2023).list()).isEmpty();
        assertThat(fixture.figures().referringToYear(2024).unit(Unit.COUNT).only()).isEqualTo(Fixture.MEMBERS_2024);
    }

    @Test
    void given_malformed_arguments_when_steps_then_messages_name_parameter_and_value() {
        assertThatThrownBy(() -> fixture.figures().measureContains("")).hasMessage("text must not be blank, was \"\"");
        assertThatThrownBy(() -> fixture.figures().unit(null)).hasMessage("unit must not be null");
        assertThatThrownBy(() -> fixture.figures().measuring(null)).hasMessage("measure must not be null");
    }

    @Test
    void given_composed_query_when_to_string_then_the_question() {
        assertThat(fixture.figures().unit(Unit.PERCENT).referringToYear(2024).measureContains("population"))
                .hasToString("figures().measureContains(\"population\").referringToYear(2024).unit(PERCENT)");
    }

    @Test
    void given_fixture_when_measuring_a_typed_measure_then_only_figures_of_that_measure() {
        assertThat(fixture.figures().measuring(Measure.MEMBER_COUNT).only()).isEqualTo(Fixture.MEMBERS_2024);
        assertThat(fixture.figures().measuring(Measure.GDP).list()).isEmpty();
        FigureQuery shares = fixture.figures().measuring(Measure.POPULATION_SHARE);
        assertThat(shares.measuring(Measure.MEMBER_COUNT).only()).isEqualTo(Fixture.MEMBERS_2024);
        assertThat(shares.only()).isEqualTo(Fixture.POPULATION_SHARE);
    }

    @Test
    void given_composed_query_with_a_measure_when_to_string_then_the_measure_comes_first() {
        assertThat(fixture.figures().unit(Unit.COUNT).measuring(Measure.MEMBER_COUNT))
                .hasToString("figures().measuring(MEMBER_COUNT).unit(COUNT)");
    }

    @Test
    void given_bundled_data_when_measuring_gdp_then_wang_yis_claim_and_when_measuring_trade_then_customs_data_beside_it() {
        Sco sco = Sco.facts();
        Figure gdp = sco.figures().measuring(Measure.GDP).only();
        assertThat(gdp.value()).isEqualByComparingTo("18.4e12");
        assertThat(gdp.claimedBy()).contains(Claim.of("Wang Yi", PartialDate.of(2021, 6, 15)));
        assertThat(sco.figures().measureContains("GDP").list()).extracting(f -> f.kind())
                .containsOnly(Measure.GDP, Measure.GROWTH_RATE);
        assertThat(sco.figures().measuring(Measure.TRADE).list())
                .extracting(f -> f.value().toPlainString(), f -> f.claimedBy().map(Claim::speaker).orElse("established"))
                .containsExactlyInAnyOrder(tuple("6060000000000", "established"), tuple("6200000000000", "Wang Yi"));
    }
}
