package org.scofacts.datapackage;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scofacts.data.ScoDataset;

/**
 * {@code datapackage.json} validates against the published Frictionless JSON Schemas (v1, vendored under
 * {@code src/test/resources/frictionless} with their licence): Data Package, Tabular Data Package, and Table
 * Schema for every resource's schema.
 */
class DescriptorSchemaTest {

    private static final SchemaRegistry DRAFT_4 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

    private static Schema profile(String file) {
        try (InputStream in = DescriptorSchemaTest.class.getResourceAsStream("/frictionless/" + file)) {
            if (in == null) {
                throw new AssertionError("missing vendored schema " + file);
            }
            return DRAFT_4.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String descriptor() {
        return DataPackage.of(ScoDataset.bundled()).files().get(DataPackage.DESCRIPTOR);
    }

    @Test
    void given_bundled_package_then_descriptor_is_a_valid_data_package() {
        List<Error> errors = profile("data-package.json").validate(descriptor(), InputFormat.JSON);
        assertThat(errors).as("Data Package errors").isEmpty();
    }

    @Test
    void given_bundled_package_then_descriptor_is_a_valid_tabular_data_package() {
        List<Error> errors = profile("tabular-data-package.json").validate(descriptor(), InputFormat.JSON);
        assertThat(errors).as("Tabular Data Package errors").isEmpty();
    }

    @Test
    void given_bundled_package_then_every_resource_schema_is_a_valid_table_schema() throws IOException {
        Schema tableSchema = profile("table-schema.json");
        JsonNode root = new ObjectMapper().readTree(descriptor());
        assertThat(root.get("resources")).hasSizeGreaterThan(15);
        for (JsonNode resource : root.get("resources")) {
            assertThat(tableSchema.validate(resource.get("schema").toString(), InputFormat.JSON))
                    .as("Table Schema errors of " + resource.get("name")).isEmpty();
        }
    }

    @Test
    void given_a_field_of_an_unknown_type_then_the_table_schema_refuses_it() throws IOException {
        // The validation above must be able to fail.
        JsonNode root = new ObjectMapper().readTree(descriptor());
        JsonNode schema = root.get("resources").get(0).get("schema");
        ((ObjectNode) schema.get("fields").get(0)).put("type", "text");
        assertThat(profile("table-schema.json").validate(schema.toString(), InputFormat.JSON)).isNotEmpty();
        assertThat(profile("tabular-data-package.json").validate(root.toString(), InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void given_a_resource_without_a_path_then_the_data_package_profile_refuses_it() throws IOException {
        JsonNode root = new ObjectMapper().readTree(descriptor());
        ((ObjectNode) root.get("resources").get(0)).remove("path");
        assertThat(profile("data-package.json").validate(root.toString(), InputFormat.JSON)).isNotEmpty();
    }
}
