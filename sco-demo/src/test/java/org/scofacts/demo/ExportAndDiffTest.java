package org.scofacts.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scofacts.demo.ConsoleTest.TODAY;
import static org.scofacts.demo.ConsoleTest.run;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scofacts.data.FactFamily;
import org.scofacts.data.ScoDataset;
import org.scofacts.datapackage.DataPackage;
import org.scofacts.demo.ConsoleTest.Run;
import org.scofacts.json.DatasetJson;
import org.scofacts.json.Fixtures;
import org.scofacts.model.FactId;
import org.scofacts.query.CowIgoTable;

/** {@code export --format cow-igo|json|datapackage} and {@code diff}, run through the console on the fixture and the bundled dataset. */
class ExportAndDiffTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    // ---- export --format cow-igo ----

    @Test
    void cow_igo_to_standard_output_needs_no_database() {
        // GIVEN the fixture, where India and Iran have COW codes, checked through 2025-11-01
        // WHEN the COW table is exported
        Run r = run("export", "--format", "cow-igo");

        // THEN one row per state and year 2001-2025: observer 3, member 1
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.outLines()).hasSize(1 + 2 * 25).first().isEqualTo("ccode,year,state,sco");
        assertThat(r.outLines()).contains("630,2004,IRN,0", "630,2005,IRN,3", "630,2022,IRN,3", "630,2023,IRN,1",
                "630,2025,IRN,1", "750,2016,IND,3", "750,2017,IND,1");
    }

    @Test
    void cow_igo_of_the_bundled_dataset_to_a_file() throws Exception {
        Path file = dir.resolve("sco-cow.csv");
        ScoDataset bundled = ScoDataset.bundled();

        Run r = run(() -> bundled, TODAY, "export", "--format", "COW-IGO", "--output", file.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        long states = bundled.countries().stream().filter(c -> c.cowCode().isPresent()).count();
        int years = bundled.checkedThrough().getYear() - CowIgoTable.FIRST_YEAR + 1;
        assertThat(r.out()).startsWith("Wrote the COW IGO country-year table of SCO Facts " + bundled.version() + " ("
                + states * years + " rows, years 2001-" + bundled.checkedThrough().getYear() + ", checked through "
                + bundled.checkedThrough() + ") to " + file + ".");
        assertThat(Files.readAllLines(file)).hasSize(1 + (int) (states * years)).first().isEqualTo("ccode,year,state,sco");
        assertThat(Files.readAllLines(file)).contains("750,2016,IND,3", "750,2017,IND,1", "710,2001,CHN,1",
                "630,2023,IRN,1");
    }

    // ---- export --format datapackage ----

    @Test
    void datapackage_of_the_fixture_into_a_directory_is_the_writers_package() throws Exception {
        Path out = dir.resolve("package");

        Run r = run("export", "--format", "datapackage", "--output", out.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        DataPackage expected = DataPackage.of(Fixtures.dataset());
        assertThat(r.out()).isEqualTo("Wrote the data package of SCO Facts fixture-1 (" + expected.tableNames().size()
                + " tables, datapackage.json and data/*.csv) to " + out + "." + System.lineSeparator());
        for (Map.Entry<String, String> file : expected.files().entrySet()) {
            assertThat(out.resolve(file.getKey())).as(file.getKey()).hasContent(file.getValue());
        }
        assertThat(Files.readString(out.resolve("data/status_periods.csv"))).contains(",IR,OBSERVER_STATE,");
    }

    @Test
    void datapackage_of_a_json_export_to_a_zip_is_the_package_of_the_dataset_it_holds() throws Exception {
        // GIVEN the bundled dataset exported as JSON
        Path json = dir.resolve("sco.json");
        Files.writeString(json, DatasetJson.write(ScoDataset.bundled()));
        Path zip = dir.resolve("sco-datapackage.zip");

        // WHEN the export is turned into a zipped data package
        Run r = run("export", "--format", "datapackage", "--from", json.toString(), "--output", zip.toString());

        // THEN the zip holds the bundled dataset's package, not the fixture's
        assertThat(r.exitCode()).as(r.err()).isZero();
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).isEqualTo(DataPackage.of(ScoDataset.bundled()).files());
    }

    @Test
    void datapackage_without_output() {
        Run r = run("export", "--format", "datapackage");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("sco-demo export: --format datapackage needs --output DIR");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void datapackage_from_a_file_that_is_not_a_dataset() throws Exception {
        Path json = dir.resolve("broken.json");
        Files.writeString(json, "{\"version\": ");

        Run r = run("export", "--format", "datapackage", "--from", json.toString(), "--output", dir.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("sco-demo export: " + json + ": not JSON");
        assertThat(dir.resolve("datapackage.json")).doesNotExist();
    }

    // ---- export --format json, then diff ----

    @Test
    void json_to_standard_output_reads_back_as_the_dataset() {
        Run r = run("export", "--format", "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(DatasetJson.read(r.out())).isEqualTo(Fixtures.dataset());
    }

    @Test
    void json_exported_then_diffed_against_the_same_dataset_says_no_differences() throws Exception {
        Path file = dir.resolve("sco.json");
        Run export = run("export", "--format", "json", "--output", file.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).isEqualTo("Wrote SCO Facts fixture-1 as JSON (12 countries, 4 sources, "
                + Fixtures.dataset().facts().count() + " facts) to " + file + "." + System.lineSeparator());

        Run diff = run("diff", file.toString());

        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.outLines()).containsExactly(
                "Comparing " + file + " (version fixture-1, checked through 2025-11-01) with the bundled dataset"
                        + " (version fixture-1, checked through 2025-11-01)",
                "No differences in countries, facts or sources (12 countries, " + Fixtures.dataset().facts().count()
                        + " facts, 4 sources).");
    }

    @Test
    void diff_of_an_edited_export_reports_exactly_the_edits() throws Exception {
        // GIVEN an export, and a copy where summit 23 met in person and the World Unity initiative is gone
        Path older = dir.resolve("older.json");
        Path newer = dir.resolve("newer.json");
        Files.writeString(older, DatasetJson.write(Fixtures.dataset()));
        ObjectNode root = (ObjectNode) MAPPER.readTree(older.toFile());
        root.put("version", "fixture-2");
        ArrayNode facts = (ArrayNode) root.get("facts");
        for (Iterator<JsonNode> it = facts.iterator(); it.hasNext(); ) {
            ObjectNode fact = (ObjectNode) it.next();
            if (fact.get("id").asString().equals("chs-23")) {
                fact.put("format", "IN_PERSON");
            } else if (fact.get("id").asString().equals("doc-world-unity")) {
                it.remove();
            }
        }
        MAPPER.writeValue(newer.toFile(), root);

        // WHEN the two files are compared
        Run r = run("diff", older.toString(), newer.toString());

        // THEN exactly those two facts, field by field, and a summary
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.outLines()).containsExactly(
                "Comparing " + older + " (version fixture-1, checked through 2025-11-01) with " + newer
                        + " (version fixture-2, checked through 2025-11-01)",
                "removed doc-world-unity (Document: Initiative on World Unity for Just Peace, Harmony and Development,"
                        + " adopted 2024-07-04)",
                "changed chs-23: format: VIRTUAL -> IN_PERSON",
                "Facts: 0 added, 1 removed, 1 changed; sources: 0 added, 0 removed, 0 changed; countries: 0 added,"
                        + " 0 removed, 0 changed.");
    }

    @Test
    void diff_of_an_older_export_against_the_bundled_dataset_shows_additions_and_source_and_country_changes() throws Exception {
        // GIVEN an older export without the Tianjin strategy, with another source title and no Wikidata id for Iran
        ObjectNode root = (ObjectNode) MAPPER.readTree(DatasetJson.write(Fixtures.dataset()));
        ArrayNode facts = (ArrayNode) root.get("facts");
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i).get("id").asString().equals("doc-strategy-2035")) {
                facts.remove(i);
            }
        }
        ((ObjectNode) root.get("sources").get(0)).put("title", "Old title");
        for (JsonNode c : root.get("countries")) {
            if (c.get("alpha2").asString().equals("IR")) {
                ((ObjectNode) c).remove("wikidataId");
            }
        }
        Path older = dir.resolve("older.json");
        MAPPER.writeValue(older.toFile(), root);
        String firstSource = Fixtures.dataset().sources().get(0).id().value();
        String title = Fixtures.dataset().sources().get(0).title();

        Run r = run("diff", older.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.outLines()).containsExactly(
                "Comparing " + older + " (version fixture-1, checked through 2025-11-01) with the bundled dataset"
                        + " (version fixture-1, checked through 2025-11-01)",
                "changed country IR: wikidataId: (none) -> Q794",
                "added doc-strategy-2035 (Document: SCO Development Strategy until 2035, adopted 2025-09-01, Tianjin)",
                "changed source " + firstSource + ": title: Old title -> " + title,
                "Facts: 1 added, 0 removed, 0 changed; sources: 0 added, 0 removed, 1 changed; countries: 0 added,"
                        + " 0 removed, 1 changed.");
    }

    @Test
    void describe_names_each_family_and_what_tells_the_fact_apart() {
        ScoDataset fixture = Fixtures.dataset();

        assertThat(fixture.facts().map(DiffCommand::describe).map(d -> d.substring(0, d.indexOf(':'))).distinct())
                .containsExactly("StatusPeriod", "Meeting", "Document", "Appointment", "Body", "Chairmanship",
                        "Designation", "Event", "Figure", "AccessionStep", "Partnership", "Principle", "Attendance");
        assertThat(DiffCommand.describe(fixture.fact(FactId.of("status.ir.member-state.2023")).orElseThrow()))
                .isEqualTo("StatusPeriod: member state of Iran since 2023-07-04");
        fixture.facts().forEach(f -> assertThat(DiffCommand.describe(f))
                .isEqualTo(FactFamily.of(f).name() + ": " + f));
    }

    // ---- bad input ----

    @Test
    void diff_of_a_malformed_file_names_the_file_the_fact_and_the_field() throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(DatasetJson.write(Fixtures.dataset()));
        ((ObjectNode) root.get("facts").get(0)).put("status", "FRIEND");
        Path file = dir.resolve("broken.json");
        MAPPER.writeValue(file.toFile(), root);
        String id = root.get("facts").get(0).get("id").asString();

        Run r = run("diff", file.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("sco-demo diff: " + file + ": facts[0] (" + id + "): status: \"FRIEND\" is not"
                + " one of [MEMBER_STATE, OBSERVER_STATE, DIALOGUE_PARTNER, PARTNER]" + System.lineSeparator());
    }

    @Test
    void diff_of_a_missing_file() {
        Path file = dir.resolve("nowhere.json");

        Run r = run("diff", file.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("sco-demo diff: " + file + ": no such file" + System.lineSeparator());
    }

    @Test
    void export_without_format_or_database() {
        Run r = run("export");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("sco-demo export: Missing required option: '--jdbc-url=URL' (into a database)"
                + " or '--format=FORMAT' (cow-igo, json or datapackage, into a file) (see 'sco-demo export --help')"
                + System.lineSeparator());
    }

    @Test
    void export_format_and_database_together() {
        Run r = run("export", "--format", "json", "--jdbc-url", "jdbc:h2:mem:x");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("sco-demo export: --format and --jdbc-url exclude each other");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void export_output_without_format() {
        Run r = run("export", "--jdbc-url", "jdbc:h2:mem:x", "--output", "x.csv");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("sco-demo export: --output needs --format (cow-igo, json or datapackage)");
    }

    @Test
    void export_unknown_format_lists_the_valid_ones() {
        Run r = run("export", "--format", "xlsx");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("sco-demo export: Invalid value for option '--format': 'xlsx' is not an export"
                + " format: expected one of cow-igo, json, datapackage (see 'sco-demo export --help')" + System.lineSeparator());
    }
}
