package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scofacts.model.DocumentKind;

class DocumentQueryTest {

    private final Sco fixture = Fixture.sco();

    @Test
    void given_fixture_when_all_documents_then_in_order_of_adoption() {
        assertThat(fixture.documents().list()).containsExactly(Fixture.CHARTER, Fixture.ASTANA_DECLARATION,
                Fixture.WORLD_UNITY, Fixture.STRATEGY_2035);
    }

    @Test
    void given_fixture_when_kind_charter_then_the_charter() {
        assertThat(fixture.documents().kind(DocumentKind.CHARTER).only()).isEqualTo(Fixture.CHARTER);
        assertThat(fixture.documents().kind(DocumentKind.TREATY).exists()).isFalse();
    }

    @Test
    void given_astana_summit_when_adopted_at_then_its_documents() {
        assertThat(fixture.documents().adoptedAt(Fixture.CHS_24).list())
                .containsExactly(Fixture.ASTANA_DECLARATION, Fixture.WORLD_UNITY);
        assertThat(fixture.documents().adoptedAt(Fixture.CHS_22).list()).isEmpty();
    }

    @Test
    void given_date_known_to_the_month_when_adopted_between_then_read_as_the_first_day_of_the_month() {
        assertThat(fixture.documents().adoptedBetween(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2)).list())
                .containsExactly(Fixture.STRATEGY_2035);
        assertThat(fixture.documents().adoptedBetween(LocalDate.of(2025, 9, 2), LocalDate.of(2026, 1, 1)).list())
                .isEmpty();
        assertThatThrownBy(() -> fixture.documents().adoptedBetween(LocalDate.of(2025, 1, 1),
                LocalDate.of(2024, 1, 1)))
                .hasMessage("toExclusive 2024-01-01 must not be before fromInclusive 2025-01-01");
    }

    @Test
    void given_text_in_any_case_or_accent_when_title_contains_then_matching_titles() {
        assertThat(fixture.documents().titleContains("world UNITY").list()).containsExactly(Fixture.WORLD_UNITY);
        assertThat(fixture.documents().titleContains("Organizatión").list()).containsExactly(Fixture.CHARTER);
        assertThat(fixture.documents().titleContains("treaty").list()).isEmpty();
    }

    @Test
    void given_blank_or_null_text_when_title_contains_then_message_names_parameter_and_value() {
        assertThatThrownBy(() -> fixture.documents().titleContains("  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("text must not be blank, was \"  \"");
        assertThatThrownBy(() -> fixture.documents().titleContains(null))
                .isInstanceOf(NullPointerException.class).hasMessage("text must not be null");
        assertThatThrownBy(() -> fixture.documents().adoptedAt(null)).hasMessage("meeting must not be null");
        assertThatThrownBy(() -> fixture.documents().kind(null)).hasMessage("kind must not be null");
    }

    @Test
    void given_composed_query_when_to_string_then_the_question() {
        assertThat(fixture.documents().titleContains("astana").kind(DocumentKind.DECLARATION)
                .adoptedBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)).adoptedAt(Fixture.CHS_24))
                .hasToString("documents().kind(DECLARATION).adoptedAt(chs-24)"
                        + ".adoptedBetween(2024-01-01, 2025-01-01).titleContains(\"astana\")");
    }
}
