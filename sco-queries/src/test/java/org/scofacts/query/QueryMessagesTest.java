package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryMessagesTest {

    private final Sco fixture = Fixture.sco();

    @Test
    void given_one_suggestion_when_unknown_country_then_did_you_mean_that_country() {
        assertThat(QueryMessages.unknownCountry("Kazakstan", List.of(Fixture.KZ), 12))
                .isEqualTo("Unknown country: \"Kazakstan\"; did you mean Kazakhstan (KZ)?");
    }

    @Test
    void given_several_suggestions_when_unknown_country_then_commas_and_or() {
        assertThat(QueryMessages.unknownCountry("stan", List.of(Fixture.KZ, Fixture.UZ), 12))
                .isEqualTo("Unknown country: \"stan\"; did you mean Kazakhstan (KZ) or Uzbekistan (UZ)?");
        assertThat(QueryMessages.unknownCountry("stan", List.of(Fixture.KZ, Fixture.TJ, Fixture.UZ), 12))
                .isEqualTo("Unknown country: \"stan\"; did you mean Kazakhstan (KZ), Tajikistan (TJ) or"
                        + " Uzbekistan (UZ)?");
    }

    @Test
    void given_no_suggestion_when_unknown_country_then_what_was_expected() {
        assertThat(QueryMessages.unknownCountry("Atlantis", List.of(), 12))
                .isEqualTo("Unknown country: \"Atlantis\"; expected an ISO 3166-1 alpha-2 or alpha-3 code (KZ, KAZ), a Wikidata id"
                        + " (Q232), an English name or alias (Kazakhstan, Kyrgyz Republic) or a Russian or Chinese name"
                        + " (Казахстан, 哈萨克斯坦) of one of the 12 countries in the dataset");
    }

    @Test
    void given_typos_when_country_then_the_nearest_names_are_suggested() {
        assertThatThrownBy(() -> fixture.country("Uzbekstan"))
                .hasMessage("Unknown country: \"Uzbekstan\"; did you mean Uzbekistan (UZ)?");
        assertThatThrownBy(() -> fixture.country("Tadjikistan"))
                .hasMessage("Unknown country: \"Tadjikistan\"; did you mean Tajikistan (TJ)?");
        assertThatThrownBy(() -> fixture.country("Rusia"))
                .hasMessage("Unknown country: \"Rusia\"; did you mean Russia (RU)?");
        assertThatThrownBy(() -> fixture.country("Kyrgyz"))
                .hasMessage("Unknown country: \"Kyrgyz\"; did you mean Kyrgyzstan (KG)?");
        assertThatThrownBy(() -> fixture.country("KAX"))
                .hasMessage("Unknown country: \"KAX\"; did you mean Kazakhstan (KZ)?");
        assertThatThrownBy(() -> fixture.country("Atlantis"))
                .hasMessage("Unknown country: \"Atlantis\"; expected an ISO 3166-1 alpha-2 or alpha-3 code (KZ, KAZ), a Wikidata id"
                        + " (Q232), an English name or alias (Kazakhstan, Kyrgyz Republic) or a Russian or Chinese name"
                        + " (Казахстан, 哈萨克斯坦) of one of the 12 countries in the dataset");
    }

    @Test
    void given_blank_input_when_country_then_no_suggestion() {
        assertThatThrownBy(() -> fixture.country(" "))
                .hasMessage("Unknown country: \" \"; expected an ISO 3166-1 alpha-2 or alpha-3 code (KZ, KAZ), a Wikidata id"
                        + " (Q232), an English name or alias (Kazakhstan, Kyrgyz Republic) or a Russian or Chinese name"
                        + " (Казахстан, 哈萨克斯坦) of one of the 12 countries in the dataset");
    }

    @Test
    void given_arguments_when_other_messages_then_each_names_parameter_and_value() {
        assertThat(QueryMessages.mustNotBeNull("date")).isEqualTo("date must not be null");
        assertThat(QueryMessages.mustNotBeBlank("text", " ")).isEqualTo("text must not be blank, was \" \"");
        assertThat(QueryMessages.mustBePositive("ordinal", 0)).isEqualTo("ordinal must be at least 1, was 0");
        assertThat(QueryMessages.reversedRange("fromInclusive", LocalDate.of(2020, 1, 1), "toExclusive",
                LocalDate.of(2019, 1, 1)))
                .isEqualTo("toExclusive 2019-01-01 must not be before fromInclusive 2020-01-01");
        assertThat(QueryMessages.notExactlyOne("summits()", 3))
                .isEqualTo("Expected exactly one answer to summits() but found 3");
        assertThat(QueryMessages.notAtMostOne("meetings().ordinal(1)", 2))
                .isEqualTo("Expected at most one answer to meetings().ordinal(1) but found 2");
    }
}
