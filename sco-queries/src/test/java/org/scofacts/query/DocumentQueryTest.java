package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scofacts.model.DocumentKind;

class DocumentQueryTest {

    private final Sco fixture = Fixture.sco();

    @Test
    void givenFixture_whenAllDocuments_thenInOrderOfAdoption() {
        assertThat(fixture.documents().list()).containsExactly(Fixture.CHARTER, Fixture.ASTANA_DECLARATION,
                Fixture.WORLD_UNITY, Fixture.STRATEGY_2035);
    }

    @Test
    void givenFixture_whenKindCharter_thenTheCharter() {
        assertThat(fixture.documents().kind(DocumentKind.CHARTER).only()).isEqualTo(Fixture.CHARTER);
        assertThat(fixture.documents().kind(DocumentKind.TREATY).exists()).isFalse();
    }

    @Test
    void givenAstanaSummit_whenAdoptedAt_thenItsDocuments() {
        assertThat(fixture.documents().adoptedAt(Fixture.CHS_24).list())
                .containsExactly(Fixture.ASTANA_DECLARATION, Fixture.WORLD_UNITY);
        assertThat(fixture.documents().adoptedAt(Fixture.CHS_22).list()).isEmpty();
    }

    @Test
    void givenDateKnownToTheMonth_whenAdoptedBetween_thenReadAsTheFirstDayOfTheMonth() {
        assertThat(fixture.documents().adoptedBetween(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2)).list())
                .containsExactly(Fixture.STRATEGY_2035);
        assertThat(fixture.documents().adoptedBetween(LocalDate.of(2025, 9, 2), LocalDate.of(2026, 1, 1)).list())
                .isEmpty();
        assertThatThrownBy(() -> fixture.documents().adoptedBetween(LocalDate.of(2025, 1, 1),
                LocalDate.of(2024, 1, 1)))
                .hasMessage("toExclusive 2024-01-01 must not be before fromInclusive 2025-01-01");
    }

    @Test
    void givenTextInAnyCaseOrAccent_whenTitleContains_thenMatchingTitles() {
        assertThat(fixture.documents().titleContains("world UNITY").list()).containsExactly(Fixture.WORLD_UNITY);
        assertThat(fixture.documents().titleContains("Organizatión").list()).containsExactly(Fixture.CHARTER);
        assertThat(fixture.documents().titleContains("treaty").list()).isEmpty();
    }

    @Test
    void givenBlankOrNullText_whenTitleContains_thenMessageNamesParameterAndValue() {
        assertThatThrownBy(() -> fixture.documents().titleContains("  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("text must not be blank, was \"  \"");
        assertThatThrownBy(() -> fixture.documents().titleContains(null))
                .isInstanceOf(NullPointerException.class).hasMessage("text must not be null");
        assertThatThrownBy(() -> fixture.documents().adoptedAt(null)).hasMessage("meeting must not be null");
        assertThatThrownBy(() -> fixture.documents().kind(null)).hasMessage("kind must not be null");
    }

    @Test
    void givenComposedQuery_whenToString_thenTheQuestion() {
        assertThat(fixture.documents().titleContains("astana").kind(DocumentKind.DECLARATION)
                .adoptedBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)).adoptedAt(Fixture.CHS_24))
                .hasToString("documents().kind(DECLARATION).adoptedAt(chs-24)"
                        + ".adoptedBetween(2024-01-01, 2025-01-01).titleContains(\"astana\")");
    }
}
