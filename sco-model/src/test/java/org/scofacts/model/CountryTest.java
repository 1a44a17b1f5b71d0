package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void of_derives_alpha3_from_the_jdk() {
        assertThat(Country.of("KZ", "Kazakhstan", "Republic of Kazakhstan").alpha3()).isEqualTo("KAZ");
        assertThat(Country.of("CN", "China", "People's Republic of China").alpha3()).isEqualTo("CHN");
        assertThat(Country.of("RU", "Russia", "Russian Federation").alpha3()).isEqualTo("RUS");
        assertThat(Country.of("TR", "Türkiye", "Republic of Türkiye", "Turkey").alpha3()).isEqualTo("TUR");
    }

    @Test
    void constructor_keeps_its_components() {
        Country kz = new Country("KZ", "KAZ", "Kazakhstan", "Republic of Kazakhstan", Set.of("Kazakstan"));

        assertThat(kz.alpha2()).isEqualTo("KZ");
        assertThat(kz.alpha3()).isEqualTo("KAZ");
        assertThat(kz.shortName()).isEqualTo("Kazakhstan");
        assertThat(kz.officialName()).isEqualTo("Republic of Kazakhstan");
        assertThat(kz.aliases()).containsExactly("Kazakstan");
        assertThat(kz).isEqualTo(Country.of("KZ", "Kazakhstan", "Republic of Kazakhstan", "Kazakstan"));
    }

    @Test
    void constructor_rejects_an_unknown_alpha2() {
        assertThatThrownBy(() -> new Country("XX", "XXX", "Nowhere", "Republic of Nowhere", Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha2")
                .hasMessageContaining("\"XX\"");
    }

    @Test
    void constructor_rejects_a_lower_case_alpha2() {
        assertThatThrownBy(() -> new Country("kz", "KAZ", "Kazakhstan", "Republic of Kazakhstan", Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha2")
                .hasMessageContaining("\"kz\"");
    }

    @Test
    void constructor_rejects_an_alpha3_of_another_country() {
        assertThatThrownBy(() -> new Country("CN", "KAZ", "China", "People's Republic of China", Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha3 \"KAZ\"")
                .hasMessageContaining("alpha2 \"CN\"")
                .hasMessageContaining("CHN");
    }

    @Test
    void constructor_rejects_a_lower_case_alpha3() {
        assertThatThrownBy(() -> new Country("KZ", "kaz", "Kazakhstan", "Republic of Kazakhstan", Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha3 \"kaz\"")
                .hasMessageContaining("KAZ");
    }

    @Test
    void constructor_rejects_blank_names() {
        assertThatThrownBy(() -> new Country("KZ", "KAZ", " ", "Republic of Kazakhstan", Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shortName")
                .hasMessageContaining("\" \"");
        assertThatThrownBy(() -> new Country("KZ", "KAZ", "Kazakhstan", "", Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("officialName")
                .hasMessageContaining("\"\"");
        assertThatThrownBy(() -> new Country("KZ", "KAZ", "Kazakhstan ", "Republic of Kazakhstan", Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shortName")
                .hasMessageContaining("\"Kazakhstan \"");
        assertThatThrownBy(() -> new Country("KZ", "KAZ", "Kazakhstan", "Republic of Kazakhstan", Set.of("\t")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aliases of KZ")
                .hasMessageContaining("\"\t\"");
    }

    @Test
    void constructor_rejects_nulls() {
        assertThatThrownBy(() -> new Country(null, "KAZ", "Kazakhstan", "Republic of Kazakhstan", Set.of()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("alpha2");
        assertThatThrownBy(() -> new Country("KZ", null, "Kazakhstan", "Republic of Kazakhstan", Set.of()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("alpha3");
        assertThatThrownBy(() -> new Country("KZ", "KAZ", null, "Republic of Kazakhstan", Set.of()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("shortName");
        assertThatThrownBy(() -> new Country("KZ", "KAZ", "Kazakhstan", null, Set.of()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("officialName");
        assertThatThrownBy(() -> new Country("KZ", "KAZ", "Kazakhstan", "Republic of Kazakhstan", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("aliases");
        Set<String> withNull = new HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> new Country("KZ", "KAZ", "Kazakhstan", "Republic of Kazakhstan", withNull))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("aliases of KZ");
    }

    @Test
    void of_rejects_an_unknown_alpha2() {
        assertThatThrownBy(() -> Country.of("XX", "Nowhere", "Republic of Nowhere"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha2")
                .hasMessageContaining("\"XX\"");
        assertThatThrownBy(() -> Country.of("KAZ", "Kazakhstan", "Republic of Kazakhstan"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha2")
                .hasMessageContaining("\"KAZ\"");
    }

    @Test
    void of_rejects_nulls_naming_the_parameter() {
        assertThatThrownBy(() -> Country.of(null, "Kazakhstan", "Republic of Kazakhstan"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("alpha2");
        assertThatThrownBy(() -> Country.of("KZ", "Kazakhstan", "Republic of Kazakhstan", (String[]) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("aliases");
        assertThatThrownBy(() -> Country.of("KZ", "Kazakhstan", "Republic of Kazakhstan", "Kazakstan", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("aliases");
    }

    @Test
    void given_an_alias_twice_when_of_then_the_country_holds_it_once_as_the_constructor_does() {
        Country tr = Country.of("TR", "Türkiye", "Republic of Türkiye", "Turkey", "Turkey");

        assertThat(tr.aliases()).containsExactly("Turkey");
        assertThat(tr).isEqualTo(new Country("TR", "TUR", "Türkiye", "Republic of Türkiye", Set.of("Turkey")));
    }

    @Test
    void given_a_blank_alias_when_of_then_the_constructor_refuses_it_naming_the_country() {
        assertThatThrownBy(() -> Country.of("TR", "Türkiye", "Republic of Türkiye", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aliases of TR");
    }

    @Test
    void aliases_are_copied_and_unmodifiable() {
        // GIVEN a set the caller keeps
        Set<String> callers = new HashSet<>(Set.of("Turkey"));
        Country tr = new Country("TR", "TUR", "Türkiye", "Republic of Türkiye", callers);
        // WHEN the caller changes it afterwards
        callers.add("Ottoman Empire");
        callers.remove("Turkey");
        // THEN the country keeps its aliases, which cannot be changed through it either
        assertThat(tr.aliases()).containsExactly("Turkey");
        assertThatThrownBy(() -> tr.aliases().add("Anatolia")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void name_in_chinese_and_russian_comes_from_the_jdk() {
        Country cn = Country.of("CN", "China", "People's Republic of China");
        Country ru = Country.of("RU", "Russia", "Russian Federation");
        Country kz = Country.of("KZ", "Kazakhstan", "Republic of Kazakhstan");

        assertThat(cn.name(Locale.CHINESE)).isEqualTo("中国");
        assertThat(ru.name(Locale.CHINESE)).isEqualTo("俄罗斯");
        assertThat(kz.name(Locale.CHINESE)).isEqualTo("哈萨克斯坦");
        assertThat(ru.name(RUSSIAN)).isEqualTo("Россия");
        assertThat(cn.name(RUSSIAN)).isEqualTo("Китай");
        assertThat(kz.name(RUSSIAN)).isEqualTo("Казахстан");
        assertThat(kz.name(Locale.ENGLISH)).isEqualTo("Kazakhstan");
    }

    @Test
    void name_rejects_null() {
        assertThatThrownBy(() -> TestData.KZ.name(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("language");
    }

    @Test
    void official_languages_are_russian_and_chinese() {
        assertThat(Country.OFFICIAL_LANGUAGES).extracting(Locale::getLanguage).containsExactly("ru", "zh");
        assertThatThrownBy(() -> Country.OFFICIAL_LANGUAGES.add(Locale.ENGLISH))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void names_lists_short_official_then_sorted_aliases_without_duplicates() {
        Country tr = Country.of("TR", "Türkiye", "Republic of Türkiye", "Turkey", "Republic of Turkey");
        Country mn = Country.of("MN", "Mongolia", "Mongolia");

        assertThat(tr.names()).containsExactly("Türkiye", "Republic of Türkiye", "Republic of Turkey", "Turkey");
        assertThat(mn.names()).containsExactly("Mongolia");
        assertThatThrownBy(() -> tr.names().add("Anatolia")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equality_follows_every_component() {
        Country kz = Country.of("KZ", "Kazakhstan", "Republic of Kazakhstan", "Kazakstan");

        assertThat(kz).isEqualTo(Country.of("KZ", "Kazakhstan", "Republic of Kazakhstan", "Kazakstan"))
                .hasSameHashCodeAs(Country.of("KZ", "Kazakhstan", "Republic of Kazakhstan", "Kazakstan"));
        assertThat(kz).isNotEqualTo(Country.of("KZ", "Kazakhstan", "Republic of Kazakhstan"))
                .isNotEqualTo(Country.of("KZ", "Qazaqstan", "Republic of Kazakhstan", "Kazakstan"))
                .isNotEqualTo(Country.of("KZ", "Kazakhstan", "Kazakhstan", "Kazakstan"))
                .isNotEqualTo(Country.of("KG", "Kazakhstan", "Republic of Kazakhstan", "Kazakstan"));
    }

    @Test
    void with_identifiers_adds_the_three_codes_and_keeps_everything_else() {
        Country plain = Country.of("CN", "China", "People's Republic of China", "PRC");
        Country china = plain.withIdentifiers(IsoNumericCode.of(156), WikidataId.of("Q148"), CowStateCode.of(710, "CHN"));

        assertThat(plain.isoNumeric()).isEmpty();
        assertThat(plain.wikidataId()).isEmpty();
        assertThat(plain.cowCode()).isEmpty();
        assertThat(china.isoNumeric()).contains(IsoNumericCode.of(156));
        assertThat(china.wikidataId()).contains(WikidataId.of("Q148"));
        assertThat(china.cowCode()).contains(CowStateCode.of(710, "CHN"));
        assertThat(china).isNotEqualTo(plain);
        assertThat(china.names()).isEqualTo(plain.names());
        assertThat(china.alpha3()).isEqualTo("CHN");
    }

    @Test
    void with_identifiers_rejects_null_naming_the_identifier() {
        Country plain = Country.of("CN", "China", "People's Republic of China");
        assertThatThrownBy(() -> plain.withIdentifiers(null, WikidataId.of("Q148"), CowStateCode.of(710, "CHN")))
                .isInstanceOf(NullPointerException.class).hasMessage("isoNumeric must not be null");
        assertThatThrownBy(() -> plain.withIdentifiers(IsoNumericCode.of(156), null, CowStateCode.of(710, "CHN")))
                .isInstanceOf(NullPointerException.class).hasMessage("wikidataId must not be null");
        assertThatThrownBy(() -> plain.withIdentifiers(IsoNumericCode.of(156), WikidataId.of("Q148"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("cowCode must not be null");
    }
}
