package org.scofacts.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scofacts.data.FactFamily;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Country;
import org.scofacts.model.Fact;

/**
 * The bundled dataset's JSON file: the 2026.11.0 file is the one the hand-written mapping of sco-demo 2026.11.0
 * wrote ({@code bundled-2026.11.0.json}, made with {@code sco-demo export --format json} before the mapping
 * became generic) and still reads; 2026.11.1 added the cited Russian and Chinese names of Kyrgyzstan
 * ({@code bundled-2026.11.1.json}). Every fact family goes through JSON and back.
 */
class BundledJsonTest {

    private static final ScoDataset BUNDLED = ScoDataset.bundled();

    static Stream<FactFamily<?>> families() {
        return FactFamily.all().stream();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BundledJsonTest.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void given_the_bundled_dataset_when_written_then_the_text_is_byte_for_byte_the_2026_11_1_export()
            throws IOException {
        String expected = resource("bundled-2026.11.1.json");

        assertThat(BUNDLED.version()).isEqualTo("2026.11.1");
        assertThat(DatasetJson.write(BUNDLED)).isEqualTo(expected);
    }

    @Test
    void given_the_2026_11_0_export_when_read_then_it_differs_only_by_the_names_of_kyrgyzstan_and_their_sources()
            throws IOException {
        ScoDataset old = DatasetJson.read(resource("bundled-2026.11.0.json"));

        // The facts name countries, and Kyrgyzstan's country value gained its names, so compare what they say.
        assertThat(old.facts().map(f -> f.id() + ": " + f).toList())
                .containsExactlyElementsOf(BUNDLED.facts().map(f -> f.id() + ": " + f).toList());
        assertThat(old.countries()).hasSameSizeAs(BUNDLED.countries());
        for (int i = 0; i < old.countries().size(); i++) {
            Country was = old.countries().get(i);
            Country now = BUNDLED.countries().get(i);
            assertThat(was.localNames()).isEmpty();
            assertThat(new Country(now.alpha2(), now.alpha3(), now.shortName(), now.officialName(), now.aliases(),
                    now.isoNumeric(), now.wikidataId(), now.cowCode())).isEqualTo(was);
        }
        assertThat(BUNDLED.sources()).containsAll(old.sources());
        assertThat(BUNDLED.sources().stream().filter(s -> !old.sources().contains(s)).map(s -> s.id().value()))
                .containsExactlyInAnyOrder("report-2025-kyrgyz-chair-ru", "cri-2016-mfa-kyrgyzstan-zh");
    }

    @ParameterizedTest
    @MethodSource("families")
    void given_a_family_when_its_facts_go_through_json_then_they_come_back_equal(FactFamily<?> family) {
        assertRoundTrip(family);
    }

    private static <F extends Fact> void assertRoundTrip(FactFamily<F> family) {
        List<F> facts = BUNDLED.facts(family);
        assertThat(facts).isNotEmpty();
        String json = DatasetJson.write(BUNDLED);

        ScoDataset back = DatasetJson.read(json);

        assertThat(back.facts(family)).containsExactlyElementsOf(facts);
        assertThat(json).contains("\"family\" : \"" + family.name() + "\"");
    }
}
