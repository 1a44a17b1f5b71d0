package org.scofacts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON cases of the bad-input suite: every malformed, oversized or hostile file is refused with one
 * {@link DatasetJsonException} line that names where in the file the problem is, is short, escapes control
 * characters and names no Java type. Each row: the case, the file, and a part of the message it must give.
 */
class BadJsonTest {

    private static final ObjectMapper TREES = JsonMapper.builder().build();
    private static final String GOOD = DatasetJson.write(Fixtures.dataset());
    private static final String CHS_23 = "facts[" + index("chs-23") + "] (chs-23)";
    private static final String GDP = "facts[" + index("gdp-2024") + "] (gdp-2024)";
    private static final String FORUM = "facts[" + index("forum-2025") + "] (forum-2025)";

    static Stream<Arguments> files() {
        return Stream.of(
                row("nothing at all", "", "found nothing"),
                row("null", "null", "found null"),
                row("an array", "[1, 2]", "found an array"),
                row("a text", "\"sco\"", "found \"sco\""),
                row("cut short", "{\"version\": \"1\",", "not JSON: Unexpected end-of-input"),
                row("trailing comma", "{\"version\": \"1\",}", "not JSON: "),
                row("an empty object", "{}", "dataset: version is missing"),
                row("a foreign top-level field", edit(root -> root.put("extra", 1)), "dataset: unknown field \"extra\""),
                row("duplicate top-level key", GOOD.replaceFirst("\"facts\" : \\[", "\"facts\" : [], \"facts\" : ["),
                        "duplicate field \"facts\""),
                row("duplicate key in a fact", GOOD.replaceFirst("\"family\" : \"StatusPeriod\",",
                        "\"family\" : \"StatusPeriod\", \"family\" : \"Meeting\","), "duplicate field \"family\" at facts[0]"),
                row("garbage after the document", GOOD + "x", "unexpected content after the end of the document"),
                row("two documents", GOOD + GOOD, "unexpected content after the end of the document"),
                row("nested too deep", "{\"facts\": " + "[".repeat(100), "nested deeper than 16 levels at facts[0]"),
                row("a 200-digit number", GOOD.replace("\"2.3E+13\"", "1" + "0".repeat(200)),
                        "a number longer than 64 characters at " + GDP.substring(0, GDP.indexOf(' ')) + ".value"),
                row("figure of 1e999999999", GOOD.replace("\"2.3E+13\"", "1e999999999"),
                        GDP + ": value: \"1E+999999999\" is not a number a figure holds"),
                row("figure of 1e2147483640", GOOD.replace("\"2.3E+13\"", "1e2147483640"),
                        GDP + ": value: \"1E+2147483640\" is not a number a figure holds"),
                row("figure of 1e-999999999", GOOD.replace("\"2.3E+13\"", "1e-999999999"),
                        GDP + ": value: \"1E-999999999\" is not a number a figure holds"),
                row("figure of \"1e999999999\" as text", GOOD.replace("\"2.3E+13\"", "\"1e999999999\""),
                        GDP + ": value: \"1e999999999\" is not a number a figure holds"),
                row("figure of 35 digits", GOOD.replace("\"2.3E+13\"", "\"" + "9".repeat(35) + "\""),
                        GDP + ": value: \"" + "9".repeat(35) + "\" is not a number a figure holds"),
                row("figure not a number", GOOD.replace("\"2.3E+13\"", "\"lots\""), GDP + ": value: cannot read \"lots\""),
                row("a text of 200,000 characters", edit(root -> fact(root, "chs-23").put("format", "x".repeat(200_000))),
                        "a text longer than 100000 characters at " + CHS_23.substring(0, CHS_23.indexOf(' ')) + ".format"),
                row("a field name of 300 characters", edit(root -> fact(root, "chs-23").put("n".repeat(300), 1)),
                        "a field name longer than 256 characters"),
                row("a long unknown field name is cut", edit(root -> fact(root, "chs-23").put("n".repeat(200), 1)),
                        CHS_23 + ": unknown field \"" + "n".repeat(80) + "\u2026\" (200 characters)"),
                row("an escape sequence in a value", edit(root -> fact(root, "chs-23").put("format", "\u001b[31mRED")),
                        CHS_23 + ": format: \"\\u001b[31mRED\" is not one of [IN_PERSON, VIRTUAL, HYBRID]"),
                row("a line break in a value", edit(root -> fact(root, "chs-23").put("format", "A\nB")),
                        "\"A\\u000aB\" is not one of"),
                row("a newer format version", edit(root -> root.put("formatVersion", 2)),
                        "formatVersion: 2 is newer than this version of SCO Facts reads (1)"),
                row("format version as text", edit(root -> root.put("formatVersion", "1")),
                        "formatVersion: expected a whole number from 1, found \"1\""),
                row("format version 0", edit(root -> root.put("formatVersion", 0)),
                        "formatVersion: expected a whole number from 1, found 0"),
                row("ordinal as text", edit(root -> fact(root, "chs-23").put("ordinal", "23rd")),
                        CHS_23 + ": ordinal: expected a whole number, found \"23rd\""),
                row("ordinal beyond an int", edit(root -> fact(root, "chs-23").put("ordinal", 99_999_999_999L)),
                        CHS_23 + ": ordinal: expected a whole number, found 99999999999"),
                row("ordinal with a fraction", GOOD.replace("\"ordinal\" : 23,", "\"ordinal\" : 23.5,"),
                        CHS_23 + ": ordinal: expected a whole number, found 23.5"),
                row("an unknown family", edit(root -> fact(root, "chs-23").put("family", "Summit")),
                        CHS_23 + ": family: \"Summit\" is not a fact family (expected StatusPeriod, Meeting"),
                row("no family", edit(root -> fact(root, "chs-23").remove("family")), CHS_23 + ": family is missing"),
                row("facts not an array", edit(root -> root.put("facts", "none")),
                        "dataset: facts: expected an array of objects, found \"none\""),
                row("a fact that is a number", edit(root -> ((ArrayNode) root.get("facts")).insert(0, 5)),
                        "facts[0]: expected an object, found 5"),
                row("participants not an array", edit(root -> fact(root, "forum-2025").put("participants", "KZ")),
                        FORUM + ": participants: expected an array, found \"KZ\""),
                row("an unknown participant", edit(root -> ((ArrayNode) fact(root, "forum-2025").get("participants"))
                        .add("XX")), FORUM + ": participants: \"XX\" is not among the file's countries"),
                row("a place that is text", edit(root -> fact(root, "chs-23").put("place", "Astana")),
                        CHS_23 + ": place: expected an object, found \"Astana\""),
                row("a day that does not exist", edit(root -> fact(root, "chs-23").put("firstDay", "2023-13-01")),
                        CHS_23 + ": firstDay: cannot read \"2023-13-01\""),
                row("an enum constant by number", edit(root -> fact(root, "chs-23").put("format", 1)),
                        CHS_23 + ": format: 1 is not one of [IN_PERSON, VIRTUAL, HYBRID]"),
                row("a source list with a number", edit(root -> ((ArrayNode) fact(root, "chs-23").get("sources")).add(7)),
                        CHS_23 + ": sources: expected text, found 7"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void a_bad_file_is_refused_with_one_short_line_naming_where(String problem, String json, String expected) {
        DatasetJsonException e = catchThrowableOfType(DatasetJsonException.class, () -> DatasetJson.read(json));

        assertThat(e).as(problem).isNotNull();
        assertThat(e.getMessage()).contains(expected);
        assertOneSafeLine(e.getMessage());
    }

    @Test
    void a_document_over_32_mib_is_refused_before_it_is_parsed() {
        String huge = " ".repeat(DatasetJson.MAX_DOCUMENT_BYTES + 1);

        assertThatThrownBy(() -> DatasetJson.read(huge)).isInstanceOf(DatasetJsonException.class)
                .hasMessage("not read: larger than 32 MiB, the most a dataset file may hold");
    }

    @Test
    void a_file_over_32_mib_is_read_no_further_than_the_limit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.json");
        Files.write(file, " ".repeat(DatasetJson.MAX_DOCUMENT_BYTES + 10).getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> DatasetJson.read(file)).isInstanceOf(DatasetJsonException.class)
                .hasMessage(file + ": not read: larger than 32 MiB, the most a dataset file may hold");
    }

    @Test
    void dev_zero_is_refused_at_its_first_byte() {
        DatasetJsonException e = catchThrowableOfType(DatasetJsonException.class,
                () -> DatasetJson.read(Path.of("/dev/zero")));

        assertThat(e.getMessage()).startsWith("/dev/zero: not JSON: Illegal character");
        assertOneSafeLine(e.getMessage());
    }

    @Test
    void bytes_that_are_not_utf_8_are_refused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.json");
        Files.write(file, "{\"version\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        DatasetJsonException e = catchThrowableOfType(DatasetJsonException.class, () -> DatasetJson.read(file));

        assertThat(e.getMessage()).isEqualTo(file + ": not UTF-8 text at version (line 1, column 19)");
        assertOneSafeLine(e.getMessage());
    }

    @Test
    void a_folder_is_refused_with_the_reason(@TempDir Path dir) {
        assertThatThrownBy(() -> DatasetJson.read(dir)).isInstanceOf(DatasetJsonException.class)
                .hasMessage(dir + ": is a directory");
    }

    @Test
    void a_file_without_a_format_version_reads_as_the_first_format() {
        String withoutVersion = GOOD.replaceFirst("\"formatVersion\" : 1,", "");

        assertThat(withoutVersion).doesNotContain("formatVersion");
        assertThat(DatasetJson.read(withoutVersion)).isEqualTo(Fixtures.dataset());
    }

    private static void assertOneSafeLine(String message) {
        assertThat(message).doesNotContain("\n", "\r", "\u001b")
                .doesNotContainPattern("(java|javax|tools\\.jackson|org\\.scofacts)\\.[a-z]+\\.")
                .doesNotContain("Exception", "`");
        assertThat(message.length()).isLessThanOrEqualTo(Texts.MAX_MESSAGE + 1);
    }

    private static Arguments row(String problem, String json, String expected) {
        return Arguments.of(problem, json, expected);
    }

    private static String edit(Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) TREES.readTree(GOOD);
        change.accept(root);
        return TREES.writeValueAsString(root);
    }

    private static ObjectNode fact(JsonNode root, String id) {
        for (JsonNode f : root.get("facts")) {
            if (f.get("id").asString().equals(id)) {
                return (ObjectNode) f;
            }
        }
        throw new AssertionError("no fact " + id + " in the fixture");
    }

    private static int index(String id) {
        JsonNode facts = TREES.readTree(GOOD).get("facts");
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i).get("id").asString().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no fact " + id + " in the fixture");
    }
}
