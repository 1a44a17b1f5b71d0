package org.scofacts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Country;
import org.scofacts.model.CountryName;

/** Names people type in the SCO's languages: the JDK's, and the cited official forms where they differ. */
class CountryNamesTest {

    private static final Sco SCO = Sco.facts();

    @Test
    void given_the_official_russian_names_of_kyrgyzstan_when_country_then_kyrgyzstan() {
        assertThat(SCO.country("Кыргызстан").alpha2()).isEqualTo("KG");
        assertThat(SCO.country("кыргызская республика").alpha2()).isEqualTo("KG");
        assertThat(SCO.country("Киргизия").alpha2()).as("the JDK's spelling still works").isEqualTo("KG");
    }

    @Test
    void given_the_official_chinese_name_of_kyrgyzstan_when_country_then_kyrgyzstan() {
        assertThat(SCO.country("吉尔吉斯共和国").alpha2()).isEqualTo("KG");
        assertThat(SCO.country("吉尔吉斯斯坦").alpha2()).isEqualTo("KG");
    }

    @Test
    void given_bundled_kyrgyzstan_when_local_names_then_each_cites_a_source_of_the_dataset() {
        Country kg = SCO.country("KG");

        assertThat(kg.localNames(Locale.forLanguageTag("ru"))).containsExactly("Кыргызстан", "Кыргызская Республика");
        assertThat(kg.localNames(Locale.CHINESE)).containsExactly("吉尔吉斯共和国");
        assertThat(kg.localNames()).extracting(CountryName::source).allSatisfy(source ->
                assertThat(SCO.dataset().sources()).contains(source));
        assertThat(kg.name(Locale.forLanguageTag("ru"))).as("the JDK differs, which is why the names are recorded")
                .isEqualTo("Киргизия");
    }

    @Test
    void given_every_recorded_name_when_compared_with_the_jdk_then_it_differs_from_the_jdk_spelling() {
        for (Country c : SCO.dataset().countries()) {
            for (CountryName n : c.localNames()) {
                assertThat(n.name()).as("%s in %s", c, n.language()).isNotEqualTo(c.name(n.language()));
            }
        }
    }

    @Test
    void given_a_misspelled_russian_name_when_country_then_the_message_suggests_the_country() {
        assertThatThrownBy(() -> SCO.country("Кыргызтан"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown country: \"Кыргызтан\"; did you mean Kyrgyzstan (KG)?");
        assertThatThrownBy(() -> SCO.country("Росия"))
                .hasMessage("Unknown country: \"Росия\"; did you mean Russia (RU)?");
    }

    @Test
    void given_a_fresh_index_when_codes_and_english_names_are_looked_up_then_no_locale_data_is_loaded() {
        ScoIndex index = new ScoIndex(ScoDataset.bundled());

        assertThat(index.country("KG").shortName()).isEqualTo("Kyrgyzstan");
        assertThat(index.country("Kyrgyz Republic").alpha2()).isEqualTo("KG");
        assertThat(index.country("Кыргызстан").alpha2()).as("a recorded name needs no locale data").isEqualTo("KG");
        assertThat(index.country("Q813").alpha2()).isEqualTo("KG");
        assertThat(index.jdkNamesLoaded()).isFalse();

        assertThat(index.country("Россия").alpha2()).isEqualTo("RU");
        assertThat(index.jdkNamesLoaded()).isTrue();
    }
}
