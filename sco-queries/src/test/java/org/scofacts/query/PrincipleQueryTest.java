package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scofacts.model.DocumentRef;
import org.scofacts.model.Document;
import org.scofacts.model.FactId;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Principle;
import org.scofacts.model.PrincipleKind;

/**
 * What the SCO stands for, checked against its founding texts: the six values of the Shanghai Spirit
 * (2001, in the Charter's preamble), the three evils of the Shanghai Convention, Russian and Chinese as its
 * languages, and the Charter's goals.
 */
class PrincipleQueryTest {

    private final Sco sco = Bundled.sco();

    @Test
    void given_the_shanghai_spirit_when_listed_then_six_values_stated_at_the_founding_and_set_out_in_the_charter() {
        var values = sco.principles().kind(PrincipleKind.SHANGHAI_SPIRIT_VALUE).list();

        assertThat(values).extracting(Principle::statement).containsExactlyInAnyOrder("Mutual trust",
                "Mutual benefit", "Equality", "Consultation", "Respect for the diversity of cultures",
                "Pursuit of common development");
        assertThat(values).allSatisfy(v -> {
            assertThat(v.stated()).isEqualTo(PartialDate.of(2001, 6, 15));
            assertThat(v.document()).contains(DocumentRef.of("doc-charter"));
        });
    }

    @Test
    void given_the_three_evils_when_listed_then_terrorism_separatism_and_extremism_of_the_shanghai_convention() {
        var evils = sco.principles().kind(PrincipleKind.THREE_EVILS).list();

        assertThat(evils).extracting(Principle::statement)
                .containsExactlyInAnyOrder("Terrorism", "Separatism", "Extremism");
        FactId convention = evils.get(0).document().orElseThrow().id();
        Document document = sco.documents().where(d -> d.id().equals(convention)).only();
        assertThat(document.title()).startsWith("Shanghai Convention");
        assertThat(document.adopted()).isEqualTo(PartialDate.of(2001, 6, 15));
    }

    @Test
    void given_the_working_languages_when_listed_then_russian_and_chinese_and_not_english() {
        assertThat(sco.principles().kind(PrincipleKind.WORKING_LANGUAGE).list()).extracting(Principle::statement)
                .containsExactlyInAnyOrder("Russian", "Chinese");
    }

    @Test
    void given_the_charter_goals_when_listed_then_signed_on_7_june_2002_and_countering_the_three_evils_among_them() {
        var goals = sco.principles().kind(PrincipleKind.CHARTER_GOAL).list();

        assertThat(goals).hasSize(10).allSatisfy(g -> {
            assertThat(g.stated()).isEqualTo(PartialDate.of(2002, 6, 7));
            assertThat(g.document()).contains(DocumentRef.of("doc-charter"));
        });
        assertThat(goals).extracting(Principle::statement)
                .anySatisfy(s -> assertThat(s).contains("terrorism, separatism and extremism"));
    }

    @Test
    void given_a_composed_query_when_to_string_then_the_question_and_the_first_query_is_unchanged() {
        PrincipleQuery all = sco.principles();
        PrincipleQuery languages = all.kind(PrincipleKind.WORKING_LANGUAGE);

        assertThat(languages).hasToString("principles().kind(WORKING_LANGUAGE)");
        assertThat(all).hasToString("principles()").isNotEqualTo(languages);
        assertThat(all.count()).isEqualTo(21);
        assertThatThrownBy(() -> all.kind(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("kind");
    }
}
