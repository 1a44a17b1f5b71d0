package org.scofacts.datapackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static java.util.stream.Collectors.toList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scofacts.data.FactFamily;
import org.scofacts.data.ScoDataset;
import org.scofacts.json.DatasetJson;
import org.scofacts.model.Fact;
import org.scofacts.model.Source;

class DataPackageTest {

    private static final ScoDataset DATA = ScoDataset.bundled();
    private static final DataPackage PACKAGE = DataPackage.of(DATA);

    private static Table table(String name) {
        return PACKAGE.tables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name + " in " + PACKAGE));
    }

    private static List<String> row(String tableName, String id) {
        Table table = table(tableName);
        return table.rows().stream().filter(r -> r.get(0).equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + id + " in " + tableName));
    }

    private static String cell(String tableName, String id, String column) {
        return row(tableName, id).get(table(tableName).columnNames().indexOf(column));
    }

    @Test
    void given_registry_then_every_family_has_a_table_with_one_row_per_fact() {
        for (FactFamily<?> family : FactFamily.all()) {
            Table table = table(FactTables.tableName(family));
            assertThat(table.rows()).as(family.name()).hasSize(DATA.facts(family).size());
            assertThat(table.primaryKey()).containsExactly("id");
        }
        assertThat(PACKAGE.tableNames()).contains("status_periods", "accession_steps", "event_participants",
                "fact_sources", "countries", "country_names", "sources", "cow_igo");
    }

    @Test
    void given_every_fact_then_fact_sources_links_it_to_each_source_it_cites() {
        long citations = DATA.facts().mapToLong(f -> f.sources().size()).sum();
        assertThat(table("fact_sources").rows()).hasSize((int) citations);
        Fact first = DATA.statusPeriods().get(0);
        assertThat(table("fact_sources").rows()).contains(
                List.of(first.id().value(), first.sources().get(0).id().value(), "status_periods"));
    }

    @Test
    void given_iran_as_observer_then_its_period_reads_with_inclusive_and_exclusive_ends() {
        Table periods = table("status_periods");
        assertThat(periods.columnNames()).containsSubsequence("id", "country", "status", "period_start",
                "period_start_precision", "period_start_first_day", "period_end_inclusive", "period_end_exclusive",
                "period_end_precision", "period_end_exclusive_first_day", "granted_by", "decided_at");
        List<String> iran = periods.rows().stream()
                .filter(r -> r.get(1).equals("IR") && r.get(2).equals("OBSERVER_STATE")).findFirst().orElseThrow();
        int start = periods.columnNames().indexOf("period_start");
        assertThat(iran.subList(start, start + 7))
                .containsExactly("2005-07-05", "day", "2005-07-05", "2023-07-03", "2023-07-04", "day", "2023-07-04");
    }

    @Test
    void given_an_open_period_then_its_end_columns_are_missing() {
        Table periods = table("status_periods");
        List<String> iranMember = periods.rows().stream()
                .filter(r -> r.get(1).equals("IR") && r.get(2).equals("MEMBER_STATE")).findFirst().orElseThrow();
        int end = periods.columnNames().indexOf("period_end_inclusive");
        assertThat(iranMember.subList(end, end + 4)).containsOnly("");
    }

    @Test
    void given_dates_known_to_the_month_or_year_then_they_are_not_padded_to_a_day() {
        assertThat(cell("sources", "seed-000", "published")).isEqualTo("2024-06");
        assertThat(cell("sources", "seed-000", "published_precision")).isEqualTo("month");
        assertThat(cell("sources", "seed-000", "published_first_day")).isEqualTo("2024-06-01");
        assertThat(cell("sources", "seed-002", "published")).isEqualTo("2021");
        assertThat(cell("sources", "seed-002", "published_precision")).isEqualTo("year");
    }

    @Test
    void given_countries_then_they_carry_every_code_to_join_on() {
        assertThat(table("countries").columnNames()).containsExactly("alpha2", "alpha3", "iso_numeric", "short_name",
                "official_name", "aliases", "wikidata_id", "cow_code", "cow_abbreviation");
        List<String> china = row("countries", "CN");
        assertThat(china).contains("CHN", "156", "Q148", "710");
    }

    @Test
    void given_descriptor_then_it_names_version_check_date_licence_and_citation() throws IOException {
        JsonNode root = new ObjectMapper().readTree(PACKAGE.files().get(DataPackage.DESCRIPTOR));
        assertThat(root.get("version").asString()).isEqualTo(DATA.version()).isEqualTo(System.getProperty("sco.data.version"));
        assertThat(root.get("checkedThrough").asString()).isEqualTo(DATA.checkedThrough().toString());
        assertThat(root.get("licenses").get(0).get("name").asString()).isEqualTo("CC-BY-4.0");
        assertThat(root.get("citation").asString()).contains("data version " + DATA.version());
        List<String> paths = new ArrayList<>();
        root.get("resources").forEach(r -> paths.add(r.get("path").asString()));
        assertThat(paths).hasSize(PACKAGE.tableNames().size()).contains("data/status_periods.csv", "data/cow_igo.csv");
    }

    @Test
    void given_bundled_dataset_then_zip_is_named_by_version_and_the_same_bytes_twice(@TempDir Path dir)
            throws IOException {
        assertThat(PACKAGE.zipFileName()).isEqualTo("sco-data-" + DATA.version() + "-datapackage.zip");
        Path first = dir.resolve("a.zip");
        Path second = dir.resolve("b.zip");
        PACKAGE.writeZip(first);
        DataPackage.of(ScoDataset.bundled()).writeZip(second);
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(first.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                names.add(e.nextElement().getName());
            }
        }
        assertThat(names).containsExactlyElementsOf(PACKAGE.files().keySet()).startsWith("datapackage.json");
    }

    @Test
    void given_dataset_read_back_from_json_then_its_package_is_the_same() {
        ScoDataset imported = DatasetJson.read(DatasetJson.write(DATA));
        assertThat(DataPackage.of(imported).files()).isEqualTo(PACKAGE.files());
    }

    @Test
    void given_a_dataset_without_figures_then_the_package_has_the_same_tables_and_no_figure_rows() {
        List<Fact> kept = DATA.facts().filter(f -> FactFamily.of(f) != FactFamily.FIGURES).collect(toList());
        Set<Source> cited = new LinkedHashSet<>();
        kept.forEach(f -> cited.addAll(f.sources()));
        DATA.countries().forEach(c -> c.localNames().forEach(n -> cited.add(n.source())));
        ScoDataset fewer = ScoDataset.builder().version(DATA.version()).checkedThrough(DATA.checkedThrough())
                .countries(DATA.countries()).sources(cited).facts(kept).build();
        DataPackage small = DataPackage.of(fewer);
        assertThat(small.tableNames()).isEqualTo(PACKAGE.tableNames());
        assertThat(small.files().get("data/figures.csv").lines()).hasSize(1);
        assertThat(small.files().get("data/status_periods.csv")).isEqualTo(PACKAGE.files().get("data/status_periods.csv"));
    }

    @Test
    void given_null_arguments_then_the_parameter_is_named() {
        assertThatThrownBy(() -> DataPackage.of(null)).isInstanceOf(NullPointerException.class).hasMessage("data");
        assertThatThrownBy(() -> PACKAGE.writeTo(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("directory");
        assertThatThrownBy(() -> PACKAGE.writeZip(null)).isInstanceOf(NullPointerException.class).hasMessage("zip");
    }

    @Test
    void given_values_with_commas_and_quotes_then_csv_quotes_them() {
        assertThat(Csv.quoted("Tianjin")).isEqualTo("Tianjin");
        assertThat(Csv.quoted("Astana, Kazakhstan")).isEqualTo("\"Astana, Kazakhstan\"");
        assertThat(Csv.quoted("the \"Shanghai spirit\"")).isEqualTo("\"the \"\"Shanghai spirit\"\"\"");
    }
}
