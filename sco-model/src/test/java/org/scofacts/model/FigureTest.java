package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.TestData.WIKI;
import static org.scofacts.model.TestData.cite;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FigureTest {

    private static final FactId ID = FactId.of("figure.population-share.2024");
    private static final String MEASURE = "member states' share of world population";
    private static final BigDecimal FORTY = new BigDecimal("40");
    private static final PartialDate YEAR_2024 = PartialDate.ofYear(2024);

    private static Figure populationShare(List<Source> sources) {
        return new Figure(ID, Measure.POPULATION_SHARE, MEASURE, Bound.ABOUT, FORTY, Unit.PERCENT, YEAR_2024, sources);
    }

    @Test
    void constructor_keeps_its_components() {
        Figure f = populationShare(cite(WIKI));

        assertThat(f.id()).isEqualTo(ID);
        assertThat(f.measure()).isEqualTo(MEASURE);
        assertThat(f.bound()).isEqualTo(Bound.ABOUT);
        assertThat(f.value()).isEqualTo(FORTY);
        assertThat(f.unit()).isEqualTo(Unit.PERCENT);
        assertThat(f.referenceDate()).isEqualTo(YEAR_2024);
        assertThat(f.sources()).containsExactly(WIKI);
    }

    @Test
    void constructor_accepts_zero() {
        assertThat(new Figure(ID, Measure.POPULATION_SHARE, MEASURE, Bound.EXACTLY, BigDecimal.ZERO, Unit.COUNT, YEAR_2024, cite(WIKI)).value())
                .isZero();
    }

    @Test
    void constructor_rejects_a_negative_value() {
        assertThatThrownBy(() -> new Figure(ID, Measure.POPULATION_SHARE, MEASURE, Bound.EXACTLY, new BigDecimal("-1.5"), Unit.PERCENT,
                YEAR_2024, cite(WIKI)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value")
                .hasMessageContaining(ID.value())
                .hasMessageContaining("-1.5");
    }

    @Test
    void constructor_rejects_a_blank_measure() {
        assertThatThrownBy(() -> new Figure(ID, Measure.POPULATION_SHARE, " ", Bound.ABOUT, FORTY, Unit.PERCENT, YEAR_2024, cite(WIKI)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("measure").hasMessageContaining("\" \"");
    }

    @Test
    void constructor_rejects_nulls() {
        assertThatThrownBy(() -> new Figure(null, Measure.POPULATION_SHARE, MEASURE, Bound.ABOUT, FORTY, Unit.PERCENT, YEAR_2024, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new Figure(ID, Measure.POPULATION_SHARE, null, Bound.ABOUT, FORTY, Unit.PERCENT, YEAR_2024, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("measure");
        assertThatThrownBy(() -> new Figure(ID, Measure.POPULATION_SHARE, MEASURE, null, FORTY, Unit.PERCENT, YEAR_2024, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("bound");
        assertThatThrownBy(() -> new Figure(ID, Measure.POPULATION_SHARE, MEASURE, Bound.ABOUT, null, Unit.PERCENT, YEAR_2024, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("value");
        assertThatThrownBy(() -> new Figure(ID, Measure.POPULATION_SHARE, MEASURE, Bound.ABOUT, FORTY, null, YEAR_2024, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("unit");
        assertThatThrownBy(() -> new Figure(ID, Measure.POPULATION_SHARE, MEASURE, Bound.ABOUT, FORTY, Unit.PERCENT, null, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("referenceDate");
    }

    @Test
    void sources_are_required_unique_and_copied() {
        TestData.assertSourcesChecked(ID.value(), FigureTest::populationShare);
    }

    @Test
    void equality_follows_every_component_and_the_scale_of_the_value() {
        assertThat(populationShare(cite(WIKI))).isEqualTo(populationShare(TestData.mutable(WIKI)))
                .hasSameHashCodeAs(populationShare(cite(WIKI)));
        // BigDecimal equality includes the scale: 40 and 40.0 are different figures as written by the source.
        assertThat(populationShare(cite(WIKI))).isNotEqualTo(new Figure(ID, Measure.POPULATION_SHARE, MEASURE, Bound.ABOUT,
                new BigDecimal("40.0"), Unit.PERCENT, YEAR_2024, cite(WIKI)));
    }

    @Test
    void a_figure_records_its_typed_measure_and_who_claimed_it() {
        Claim xi = Claim.of("Xi Jinping", PartialDate.of(2021, 9, 17));
        Figure doses = new Figure(ID, Measure.VACCINE_DOSES, "vaccine doses supplied", Bound.ABOUT,
                new BigDecimal("1.2e9"), Unit.COUNT, PartialDate.of(2021, 9, 17), cite(WIKI), Optional.of(xi));

        assertThat(doses.kind()).isEqualTo(Measure.VACCINE_DOSES);
        assertThat(doses.claimedBy()).contains(xi);
        assertThat(populationShare(cite(WIKI)).claimedBy()).isEmpty();
        assertThat(populationShare(cite(WIKI)).kind()).isEqualTo(Measure.POPULATION_SHARE);
    }

    @Test
    void a_figure_rejects_a_null_kind_or_claim_naming_the_field() {
        assertThatThrownBy(() -> new Figure(ID, null, MEASURE, Bound.ABOUT, FORTY, Unit.PERCENT, YEAR_2024, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> new Figure(ID, Measure.POPULATION_SHARE, MEASURE, Bound.ABOUT, FORTY, Unit.PERCENT,
                YEAR_2024, cite(WIKI), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("claimedBy");
    }
}
