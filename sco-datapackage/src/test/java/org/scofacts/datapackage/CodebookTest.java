package org.scofacts.datapackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scofacts.data.ScoDataset;

/**
 * {@code docs/data.md}, the codebook, describes every table and column the package has, in the words of its
 * descriptor: its "Tables" part is rendered from the package, and this test fails when the two differ (it writes
 * the current rendering to {@code target/codebook-tables.md} to paste in).
 */
class CodebookTest {

    static final Path CODEBOOK = Path.of("..", "docs", "data.md");
    private static final String TABLES_HEADING = "## Tables\n\n";

    static String render(DataPackage pkg) {
        StringBuilder md = new StringBuilder();
        for (Table table : pkg.tables()) {
            md.append("### `").append(table.name()).append("`\n\n");
            md.append('`').append(table.path()).append("`. ").append(table.description()).append(" Primary key: ")
                    .append(codes(table.primaryKey())).append(".\n");
            if (!table.foreignKeys().isEmpty()) {
                List<String> keys = new ArrayList<>();
                for (ForeignKey key : table.foreignKeys()) {
                    keys.add("`" + String.join(",", key.fields()) + "` → `" + key.resource() + "."
                            + String.join(",", key.referencedFields()) + "`");
                }
                md.append("Foreign keys: ").append(String.join("; ", keys)).append(".\n");
            }
            md.append("\n| column | type | required | meaning |\n|---|---|---|---|\n");
            for (Field field : table.fields()) {
                String meaning = Character.toUpperCase(field.description().charAt(0)) + field.description().substring(1)
                        + ".";
                if (!field.allowed().isEmpty()) {
                    meaning += " One of: " + codes(field.allowed()) + ".";
                }
                md.append("| `").append(field.name()).append("` | ").append(field.type()).append(" | ")
                        .append(field.required() ? "yes" : "no").append(" | ").append(meaning.replace("..", "."))
                        .append(" |\n");
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static String codes(List<String> values) {
        List<String> quoted = new ArrayList<>();
        for (String v : values) {
            quoted.add("`" + v + "`");
        }
        return String.join(", ", quoted);
    }

    @Test
    void given_the_package_then_the_codebook_describes_each_of_its_tables_and_columns() throws IOException {
        String expected = render(DataPackage.of(ScoDataset.bundled()));
        Files.writeString(Path.of("target", "codebook-tables.md"), expected, StandardCharsets.UTF_8);
        String codebook = Files.readString(CODEBOOK, StandardCharsets.UTF_8);
        int tables = codebook.indexOf(TABLES_HEADING);
        assertThat(tables).as("docs/data.md has a '## Tables' section").isNotNegative();
        assertThat(codebook.substring(tables + TABLES_HEADING.length()))
                .as("docs/data.md after '## Tables': replace it with target/codebook-tables.md")
                .isEqualTo(expected);
    }
}
