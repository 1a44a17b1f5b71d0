package org.scofacts.datapackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scofacts.data.ScoDataset;

/**
 * {@code CITATION.cff} at the repository root follows the Citation File Format 1.2.0 (its required keys, only
 * keys the format defines, dates as it writes them) and cites the data version the package carries.
 */
class CitationTest {

    private static final Path CITATION = Path.of("..", "CITATION.cff");

    /** The top-level keys CFF 1.2.0 defines (its schema allows no others). */
    private static final List<String> CFF_KEYS = List.of("abstract", "authors", "cff-version", "commit", "contact",
            "date-released", "doi", "identifiers", "keywords", "license", "license-url", "message",
            "preferred-citation", "references", "repository", "repository-artifact", "repository-code", "title",
            "type", "url", "version");

    /** The top-level keys and their values as written on the key's own line (empty for a block or a list). */
    private static Map<String, String> topLevel() throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CITATION, StandardCharsets.UTF_8)) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("-")
                    && !line.startsWith("#")) {
                int colon = line.indexOf(':');
                assertThat(colon).as("a top-level line is 'key: value': " + line).isPositive();
                keys.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        return keys;
    }

    @Test
    void given_citation_file_then_it_is_cff_1_2_0_with_only_keys_the_format_defines() throws IOException {
        Map<String, String> keys = topLevel();
        assertThat(keys).containsKeys("cff-version", "message", "title", "authors");
        assertThat(keys.get("cff-version")).isEqualTo("1.2.0");
        assertThat(CFF_KEYS).containsAll(keys.keySet());
        assertThat(keys.get("date-released")).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
        assertThat(Files.readString(CITATION)).contains("authors:\n  - name: SCO Facts contributors\n");
    }

    @Test
    void given_citation_file_then_it_cites_the_bundled_data_version_under_the_package_licence() throws IOException {
        Map<String, String> keys = topLevel();
        ScoDataset data = ScoDataset.bundled();
        assertThat(keys.get("version")).isEqualTo(data.version());
        assertThat(keys.get("date-released")).isEqualTo(data.checkedThrough().toString());
        assertThat(keys.get("license")).isEqualTo(Descriptor.LICENCE_ID);
        assertThat(keys.get("type")).isEqualTo("dataset");
        assertThat(keys.get("repository-code")).isEqualTo("\"" + Descriptor.HOMEPAGE + "\"");
    }
}
