package org.scofacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Fact;
import org.scofacts.model.FactId;
import org.scofacts.model.Figure;
import org.scofacts.model.StatusPeriod;

/** The dataset as JSON and back: every fact, every family, and one-line errors naming the place in the file. */
class DatasetJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    // ---- round trips ----

    @Test
    void bundled_written_and_read_back_is_equal_fact_for_fact() {
        // GIVEN the bundled dataset
        ScoDataset bundled = ScoDataset.bundled();

        // WHEN it is written and read back
        String json = DatasetJson.write(bundled);
        ScoDataset back = DatasetJson.read(json);

        // THEN every country, source and fact is equal, in the same order, and writing it again gives the same text
        assertThat(back.facts().toList()).containsExactlyElementsOf(bundled.facts().toList());
        assertThat(back.countries()).containsExactlyElementsOf(bundled.countries());
        assertThat(back.sources()).containsExactlyElementsOf(bundled.sources());
        assertThat(back).isEqualTo(bundled);
        assertThat(DatasetJson.write(back)).isEqualTo(json);
    }

    @Test
    void fixture_with_every_family_and_shape_written_and_read_back_is_equal_fact_for_fact() {
        ScoDataset fixture = Fixtures.dataset();

        ScoDataset back = DatasetJson.read(DatasetJson.write(fixture));

        assertThat(back.facts().toList()).containsExactlyElementsOf(fixture.facts().toList());
        assertThat(back).isEqualTo(fixture);
        // BigDecimal.equals compares scale too; pin it anyway, since 2.3E+13 and 23000000000000 are the same number
        assertThat(back.figures()).extracting(f -> f.value().scale())
                .containsExactlyElementsOf(fixture.figures().stream().map(f -> f.value().scale()).toList());
    }

    @Test
    void file_written_and_read_back(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sco.json");
        Files.writeString(file, DatasetJson.write(Fixtures.dataset()));

        assertThat(DatasetJson.read(file)).isEqualTo(Fixtures.dataset());
    }

    // ---- the layout ----

    @Test
    void write_layout_countries_with_identifiers_facts_by_family_references_by_id() throws Exception {
        JsonNode root = MAPPER.readTree(DatasetJson.write(Fixtures.dataset()));

        assertThat(root.propertyNames())
                .containsExactly("formatVersion", "version", "checkedThrough", "countries", "sources", "facts");
        assertThat(root.get("checkedThrough").asString()).isEqualTo("2025-11-01");
        assertThat(country(root, "IR").toString()).isEqualTo("{\"alpha2\":\"IR\",\"alpha3\":\"IRN\","
                + "\"shortName\":\"Iran\",\"officialName\":\"Islamic Republic of Iran\",\"aliases\":[\"Persia\"],"
                + "\"isoNumeric\":364,\"wikidataId\":\"Q794\",\"cowCode\":{\"code\":630,\"abbreviation\":\"IRN\"}}");
        assertThat(country(root, "RU").has("wikidataId")).as("an absent identifier is an absent field").isFalse();

        ObjectNode observer = fact(root, "status.ir.observer-state.2005");
        assertThat(observer.get("family").asString()).isEqualTo("StatusPeriod");
        assertThat(observer.get("country").asString()).isEqualTo("IR");
        assertThat(observer.get("period").asString()).isEqualTo("2005-07/2023-07-04");
        assertThat(observer.has("decidedAt")).isFalse();
        ObjectNode member = fact(root, "status.ir.member-state.2023");
        assertThat(member.get("period").asString()).isEqualTo("2023-07-04/..");
        assertThat(member.get("decidedAt").asString()).isEqualTo("chs-23");
        assertThat(member.get("sources").toString()).isEqualTo("[\"ref-sco\",\"news-2025\"]");

        assertThat(fact(root, "chs-23").get("place").toString()).isEqualTo("{\"city\":\"New Delhi\",\"country\":\"IN\"}");
        assertThat(fact(root, "gdp-2024").get("value").asString()).isEqualTo("2.3E+13");
        assertThat(fact(root, "doc-world-unity").has("place")).isFalse();
    }

    @Test
    void read_figure_value_as_json_number_keeps_its_scale() throws Exception {
        String json = edit(Fixtures.dataset(), root -> fact(root, "members-2024").put("value", "X"))
                .replace("\"X\"", "10.50");

        Figure figure = (Figure) DatasetJson.read(json).fact(FactId.of("members-2024")).orElseThrow();

        assertThat(figure.value()).isEqualTo(new BigDecimal("10.50"));
    }

    @Test
    void read_null_for_an_optional_field_is_absent() throws Exception {
        String json = edit(Fixtures.dataset(), root -> fact(root, "status.ir.member-state.2023").putNull("decidedAt"));

        Fact fact = DatasetJson.read(json).fact(FactId.of("status.ir.member-state.2023")).orElseThrow();

        assertThat(fact).isInstanceOfSatisfying(StatusPeriod.class, p -> assertThat(p.decidedAt()).isEmpty());
    }

    // ---- malformed files: one line, naming the fact (or source, or country) and the field ----

    @Test
    void not_json() {
        assertOneLineError("{\"version\": \"1\",", "not JSON: Unexpected end-of-input");
    }

    @Test
    void not_an_object() {
        assertOneLineError("[1, 2]", "expected a JSON object with version, checkedThrough, countries, sources and"
                + " facts, found an array");
    }

    @Test
    void missing_field() throws Exception {
        String json = edit(Fixtures.dataset(), root -> fact(root, "chs-23").remove("format"));

        assertOneLineError(json, "facts[" + index(json, "chs-23") + "] (chs-23): format is missing");
    }

    @Test
    void unknown_enum_constant_lists_the_valid_ones() throws Exception {
        String json = edit(Fixtures.dataset(), root -> fact(root, "chs-23").put("format", "ONLINE"));

        assertOneLineError(json, "facts[" + index(json, "chs-23") + "] (chs-23): format: \"ONLINE\" is not one of"
                + " [IN_PERSON, VIRTUAL, HYBRID]");
    }

    @Test
    void bad_period_names_the_field_and_the_text() throws Exception {
        String json = edit(Fixtures.dataset(), root -> fact(root, "sg-zhang").put("term", "2022-01-01/2019"));

        assertThatThrownBy(() -> DatasetJson.read(json)).isInstanceOf(DatasetJsonException.class)
                .hasMessageStartingWith("facts[" + index(json, "sg-zhang") + "] (sg-zhang): term: cannot read"
                        + " \"2022-01-01/2019\": Invalid range")
                .hasMessageNotContaining("\n");
    }

    @Test
    void wrong_kind_of_value() throws Exception {
        String json = edit(Fixtures.dataset(), root -> fact(root, "chs-23").put("ordinal", "23rd"));

        assertOneLineError(json, "facts[" + index(json, "chs-23") + "] (chs-23): ordinal: expected a whole number,"
                + " found \"23rd\"");
    }

    @Test
    void unknown_country() throws Exception {
        String json = edit(Fixtures.dataset(), root -> ((ObjectNode) fact(root, "chs-23").get("place"))
                .put("country", "XX"));

        assertOneLineError(json, "facts[" + index(json, "chs-23") + "] (chs-23): place: country: \"XX\" is not among"
                + " the file's countries");
    }

    @Test
    void unknown_source() throws Exception {
        String json = edit(Fixtures.dataset(), root -> ((ArrayNode) fact(root, "chs-23").get("sources")).add("nope"));

        assertOneLineError(json, "facts[" + index(json, "chs-23") + "] (chs-23): sources: \"nope\" is not among the"
                + " file's sources");
    }

    @Test
    void misspelt_field_is_refused() throws Exception {
        String json = edit(Fixtures.dataset(), root -> fact(root, "chs-23").put("fromat", "VIRTUAL"));

        assertThatThrownBy(() -> DatasetJson.read(json)).isInstanceOf(DatasetJsonException.class)
                .hasMessageStartingWith("facts[" + index(json, "chs-23") + "] (chs-23): unknown field \"fromat\""
                        + " (expected family, id, council, ordinal, firstDay, lastDay, place, format, sources,"
                        + " wikidataId)");
    }

    @Test
    void value_the_model_refuses_names_the_fact() throws Exception {
        String json = edit(Fixtures.dataset(), root -> fact(root, "chs-23").put("lastDay", "2023-07-03"));

        assertOneLineError(json, "facts[" + index(json, "chs-23") + "] (chs-23): lastDay 2023-07-03 is before"
                + " firstDay 2023-07-04 of meeting chs-23");
    }

    @Test
    void bad_country_identifier_names_the_country() throws Exception {
        String json = edit(Fixtures.dataset(), root -> country(root, "IR").put("wikidataId", "794"));

        assertThatThrownBy(() -> DatasetJson.read(json)).isInstanceOf(DatasetJsonException.class)
                .hasMessageMatching("countries\\[\\d+] \\(IR\\): wikidataId: cannot read \"794\": Invalid wikidataId: \"794\" .*")
                .hasMessageNotContaining("\n");
    }

    @Test
    void invalid_dataset_is_refused_by_the_builder_naming_the_fact() throws Exception {
        // a second fact with the id of the first
        String json = edit(Fixtures.dataset(), root -> {
            ObjectNode copy = fact(root, "doc-world-unity").deepCopy();
            copy.put("id", "doc-charter");
            ((ArrayNode) root.get("facts")).add(copy);
        });

        assertThatThrownBy(() -> DatasetJson.read(json)).isInstanceOf(DatasetJsonException.class)
                .hasMessageStartingWith("not a valid dataset: ")
                .hasMessageContaining("doc-charter")
                .hasMessageContaining("duplicate fact id")
                .hasMessageNotContaining("\n");
    }

    @Test
    void missing_file_names_it(@TempDir Path dir) {
        Path file = dir.resolve("old.json");

        assertThatThrownBy(() -> DatasetJson.read(file)).isInstanceOf(DatasetJsonException.class)
                .hasMessage(file + ": no such file");
    }

    @Test
    void a_component_type_without_a_converter_is_named_rather_than_written_as_a_bean() {
        assertThatThrownBy(() -> ScoJsonModule.checkConverted(java.time.Year.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no JSON converter for java.time.Year; add a serializer and a deserializer to ScoJsonModule");
    }

    // ---- helpers ----

    private static void assertOneLineError(String json, String message) {
        assertThatThrownBy(() -> DatasetJson.read(json)).isInstanceOf(DatasetJsonException.class)
                .hasMessageStartingWith(message)
                .hasMessageNotContaining("\n");
        if (!message.startsWith("not JSON")) {
            assertThatThrownBy(() -> DatasetJson.read(json)).hasMessage(message);
        }
    }

    private static String edit(ScoDataset data, Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(DatasetJson.write(data));
        change.accept(root);
        return MAPPER.writeValueAsString(root);
    }

    static ObjectNode fact(JsonNode root, String id) {
        for (JsonNode f : root.get("facts")) {
            if (f.get("id").asString().equals(id)) {
                return (ObjectNode) f;
            }
        }
        throw new AssertionError("no fact " + id + " in the JSON");
    }

    private static ObjectNode country(JsonNode root, String alpha2) {
        for (JsonNode c : root.get("countries")) {
            if (c.get("alpha2").asString().equals(alpha2)) {
                return (ObjectNode) c;
            }
        }
        throw new AssertionError("no country " + alpha2 + " in the JSON");
    }

    private static int index(String json, String id) throws Exception {
        List<String> ids = new ArrayList<>();
        MAPPER.readTree(json).get("facts").forEach(f -> ids.add(f.get("id").asString()));
        return ids.indexOf(id);
    }
}
