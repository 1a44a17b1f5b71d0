package org.scofacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scofacts.data.FactFamily;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Country;
import org.scofacts.model.Fact;
import org.scofacts.model.Source;

/**
 * The bundled dataset's JSON file is pinned ({@code bundled-2026.12.1.json}, written by {@code sco-demo export
 * --format json}), so that a change to the format or to any fact shows in review; and every fact family goes
 * through JSON and back. The 2026.11.0 file, from before figures had a typed measure, is refused with a
 * message naming the missing field.
 */
class BundledJsonTest {

    private static final ScoDataset BUNDLED = ScoDataset.bundled();

    static Stream<FactFamily<?>> families() {
        return FactFamily.all().stream();
    }

    @Test
    void given_the_bundled_dataset_when_written_then_the_text_is_byte_for_byte_the_2026_12_1_export()
            throws IOException {
        assertThat(BUNDLED.version()).isEqualTo("2026.12.1");
        assertThat(DatasetJson.write(BUNDLED)).isEqualTo(resource("bundled-2026.12.1.json"));
    }

    @Test
    void given_the_2026_11_0_export_when_read_then_refused_naming_the_figure_and_its_missing_kind() throws IOException {
        String old = resource("bundled-2026.11.0.json");

        assertThatThrownBy(() -> DatasetJson.read(old)).isInstanceOf(DatasetJsonException.class)
                .hasMessageContaining("figure-").hasMessageContaining("kind is missing");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BundledJsonTest.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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
