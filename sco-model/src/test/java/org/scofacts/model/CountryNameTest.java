package org.scofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.model.TestData.WIKI;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryNameTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void a_country_keeps_its_cited_names_by_language() {
        CountryName shortName = CountryName.of("ru", "Кыргызстан", WIKI);
        Country kg = Country.of("KG", "Kyrgyzstan", "Kyrgyz Republic").withLocalName(shortName)
                .withLocalName(CountryName.of("zh", "吉尔吉斯共和国", WIKI));

        assertThat(kg.localNames(RUSSIAN)).containsExactly("Кыргызстан");
        assertThat(kg.localNames(Locale.CHINESE)).containsExactly("吉尔吉斯共和国");
        assertThat(kg.localNames(Locale.FRENCH)).isEmpty();
        assertThat(kg.localNames().get(0)).isEqualTo(shortName).hasToString("Кыргызстан (ru)");
        assertThat(kg).hasToString("Kyrgyzstan (KG)");
    }

    @Test
    void identifiers_added_later_keep_the_names() {
        Country kg = Country.of("KG", "Kyrgyzstan", "Kyrgyz Republic").withLocalName(CountryName.of("ru", "Кыргызстан", WIKI))
                .withIdentifiers(IsoNumericCode.of(417), WikidataId.of("Q813"), CowStateCode.of(703, "KYR"));

        assertThat(kg.localNames(RUSSIAN)).containsExactly("Кыргызстан");
    }

    @Test
    void bad_names_are_refused_naming_the_field_and_the_value() {
        assertThatThrownBy(() -> CountryName.of("ru-RU", "Кыргызстан", WIKI))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("language").hasMessageContaining("ru-RU");
        assertThatThrownBy(() -> new CountryName(RUSSIAN, " ", WIKI))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> new CountryName(RUSSIAN, "Кыргызстан", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("source");
        assertThatThrownBy(() -> new Country("KG", "KGZ", "Kyrgyzstan", "Kyrgyz Republic", java.util.Set.of(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Arrays.asList((CountryName) null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("localNames[0] of KG");
    }

    @Test
    void the_local_names_are_copied_on_the_way_in() {
        List<CountryName> names = TestData.mutable(CountryName.of("ru", "Кыргызстан", WIKI));
        Country kg = new Country("KG", "KGZ", "Kyrgyzstan", "Kyrgyz Republic", java.util.Set.of(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), names);
        names.clear();

        assertThat(kg.localNames()).hasSize(1);
    }

    @Test
    void the_jdk_gives_russian_and_chinese_names() {
        Country kz = Country.of("KZ", "Kazakhstan", "Republic of Kazakhstan");

        assertThat(kz.name(RUSSIAN)).isEqualTo("Казахстан");
        assertThat(kz.name(Locale.CHINESE)).isEqualTo("哈萨克斯坦");
    }

    @Test
    void the_module_descriptor_requires_the_jdk_locale_data_so_jlink_images_include_it() throws IOException, URISyntaxException {
        Path classes = Path.of(Country.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }

        assertThat(descriptor.name()).isEqualTo("org.scofacts.model");
        assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name).contains("jdk.localedata");
    }
}
