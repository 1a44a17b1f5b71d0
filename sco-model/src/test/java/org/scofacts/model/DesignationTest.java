package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.TestData.ASTANA;
import static org.scofacts.model.TestData.WIKI;
import static org.scofacts.model.TestData.cite;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesignationTest {

    private static final FactId ID = FactId.of("year.ecology.2024");
    private static final DateRange YEAR_2024 = DateRange.from(PartialDate.ofYear(2024));

    private static Designation yearOfEcology(List<Source> sources) {
        return new Designation(ID, DesignationKind.THEMED_YEAR, "SCO Year of Ecology", Optional.empty(), YEAR_2024,
                sources);
    }

    @Test
    void constructor_keeps_its_components() {
        Designation d = yearOfEcology(cite(WIKI));

        assertThat(d.id()).isEqualTo(ID);
        assertThat(d.kind()).isEqualTo(DesignationKind.THEMED_YEAR);
        assertThat(d.name()).isEqualTo("SCO Year of Ecology");
        assertThat(d.place()).isEmpty();
        assertThat(d.period()).isEqualTo(YEAR_2024);
        assertThat(d.sources()).containsExactly(WIKI);
    }

    @Test
    void a_capital_has_its_city() {
        Designation d = new Designation(FactId.of("capital.astana.2024"), DesignationKind.TOURISM_AND_CULTURAL_CAPITAL,
                "SCO tourism and cultural capital", Optional.of(ASTANA), YEAR_2024, cite(WIKI));

        assertThat(d.place()).contains(ASTANA);
    }

    @Test
    void constructor_rejects_a_capital_without_a_place() {
        assertThatThrownBy(() -> new Designation(FactId.of("capital.astana.2024"),
                DesignationKind.TOURISM_AND_CULTURAL_CAPITAL, "SCO tourism and cultural capital", Optional.empty(),
                YEAR_2024, cite(WIKI)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("place")
                .hasMessageContaining("capital.astana.2024");
    }

    @Test
    void constructor_rejects_a_blank_name() {
        assertThatThrownBy(() -> new Designation(ID, DesignationKind.THEMED_YEAR, " ", Optional.empty(), YEAR_2024,
                cite(WIKI)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name").hasMessageContaining("\" \"");
    }

    @Test
    void constructor_rejects_nulls() {
        DesignationKind k = DesignationKind.THEMED_YEAR;
        Optional<Place> none = Optional.empty();
        assertThatThrownBy(() -> new Designation(null, k, "Year", none, YEAR_2024, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> new Designation(ID, null, "Year", none, YEAR_2024, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> new Designation(ID, k, null, none, YEAR_2024, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> new Designation(ID, k, "Year", null, YEAR_2024, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("place");
        assertThatThrownBy(() -> new Designation(ID, k, "Year", none, null, cite(WIKI)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("period");
    }

    @Test
    void sources_are_required_unique_and_copied() {
        TestData.assertSourcesChecked(ID.value(), DesignationTest::yearOfEcology);
    }

    @Test
    void equality_follows_every_component() {
        assertThat(yearOfEcology(cite(WIKI))).isEqualTo(yearOfEcology(TestData.mutable(WIKI)))
                .hasSameHashCodeAs(yearOfEcology(cite(WIKI)))
                .isNotEqualTo(new Designation(ID, DesignationKind.THEMED_YEAR, "SCO Year of Ecology",
                        Optional.of(ASTANA), YEAR_2024, cite(WIKI)));
    }
}
