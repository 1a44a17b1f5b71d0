package org.scofacts.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.scofacts.data.ScoDataset;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema shipped in the jar is the one written from the records, and the export validates against
 * it with networknt's validator (draft 2020-12), while files that break the format do not. To rewrite the
 * shipped schema after a format change, run this test with {@code -Dsco.schema.write=true}.
 */
class ExportSchemaTest {

    private static final Path SHIPPED = Path.of("src/main/resources/org/scofacts/json/sco-dataset.schema.json");
    private static final ObjectMapper TREES = JsonMapper.builder().build();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(DatasetJson.schema());

    @Test
    void the_shipped_schema_is_the_one_the_records_give() throws IOException {
        String written = SchemaWriter.schema();
        if (Boolean.getBoolean("sco.schema.write")) {
            Files.writeString(SHIPPED, written, StandardCharsets.UTF_8);
        }
        assertThat(DatasetJson.schema()).as("the shipped schema; rewrite it with -Dsco.schema.write=true")
                .isEqualTo(written);
    }

    @Test
    void the_bundled_export_validates() {
        assertThat(errors(DatasetJson.write(ScoDataset.bundled()))).isEmpty();
    }

    @Test
    void the_fixture_export_with_every_family_validates() {
        assertThat(errors(DatasetJson.write(Fixtures.dataset()))).isEmpty();
    }

    @Test
    void a_misspelt_field_fails_validation() {
        assertThat(errors(edit(root -> fact(root, "chs-23").put("fromat", "VIRTUAL")))).singleElement()
                .asString().contains("fromat");
    }

    @Test
    void an_unknown_enum_constant_fails_validation() {
        assertThat(errors(edit(root -> fact(root, "chs-23").put("format", "ONLINE")))).isNotEmpty();
    }

    @Test
    void a_newer_format_version_fails_validation() {
        assertThat(errors(edit(root -> root.put("formatVersion", DatasetJson.FORMAT_VERSION + 1)))).singleElement()
                .asString().contains("formatVersion");
    }

    @Test
    void a_country_code_in_lower_case_fails_validation() {
        assertThat(errors(edit(root -> fact(root, "chs-23").putObject("place").put("city", "Astana")
                .put("country", "kz")))).isNotEmpty();
    }

    private static List<Error> errors(String json) {
        return SCHEMA.validate(TREES.readTree(json));
    }

    private static String edit(Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) TREES.readTree(DatasetJson.write(Fixtures.dataset()));
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
}
