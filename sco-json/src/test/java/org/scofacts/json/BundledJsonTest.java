package org.scofacts.json;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.scofacts.model.Fact;
import org.scofacts.model.Source;

/**
 * The bundled dataset's JSON file is the one the hand-written mapping of sco-demo 2026.11.0 wrote
 * ({@code bundled-2026.11.0.json}, made with {@code sco-demo export --format json} before the mapping
 * became generic) for the families of that version, and every fact family goes through JSON and back.
 */
class BundledJsonTest {

    private static final ScoDataset BUNDLED = ScoDataset.bundled();

    static Stream<FactFamily<?>> families() {
        return FactFamily.all().stream();
    }

    /** The families of version 2026.11.0; later families are new text in the export, checked by the round trip. */
    private static final List<String> FAMILIES_OF_2026_11_0 = List.of("StatusPeriod", "Meeting", "Document",
            "Appointment", "Body", "Chairmanship", "Designation", "Event", "Figure");

    @Test
    void given_the_bundled_facts_of_2026_11_0_families_when_written_then_the_text_is_byte_for_byte_the_2026_11_0_export()
            throws IOException {
        String expected;
        try (InputStream in = BundledJsonTest.class.getResourceAsStream("bundled-2026.11.0.json")) {
            assertThat(in).as("test resource bundled-2026.11.0.json").isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Fact> facts = BUNDLED.facts().filter(f -> FAMILIES_OF_2026_11_0.contains(FactFamily.of(f).name()))
                .collect(Collectors.toList());
        List<Source> cited = facts.stream().flatMap(f -> f.sources().stream()).distinct().collect(Collectors.toList());
        ScoDataset of2026110 = ScoDataset.builder().version("2026.11.0").checkedThrough(BUNDLED.checkedThrough())
                .countries(BUNDLED.countries()).sources(cited).facts(facts).build();

        assertThat(DatasetJson.write(of2026110)).isEqualTo(expected);
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
