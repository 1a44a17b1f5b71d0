package org.scofacts.datapackage;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.scofacts.model.Country;
import org.scofacts.model.Status;
import org.scofacts.query.Sco;

/**
 * The examples for people who do not write Java, in {@code docs/data.md} and the README's "For researchers":
 * the SQL ones run in DuckDB as written, from the package's folder, and answer what the fluent API answers; the R
 * and Python ones name columns the CSV has, and parse as dates only columns the schema declares as dates.
 */
class DocsExamplesTest {

    private static final Path README = Path.of("..", "README.md");
    private static final LocalDate DAY = LocalDate.of(2017, 6, 9);
    private static final List<String> COLUMNS_USED = List.of("status", "country", "period_start_first_day",
            "period_end_exclusive_first_day");

    static List<String> blocks(Path file, String language) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(text);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static List<String> members() {
        List<String> members = new ArrayList<>();
        for (Country c : Sco.facts().countries().withStatus(Status.MEMBER_STATE).asOf(DAY).list()) {
            members.add(c.alpha2());
        }
        return members;
    }

    @Test
    void given_the_sql_examples_when_run_in_duckdb_from_the_package_folder_then_they_list_the_members()
            throws IOException, SQLException {
        List<String> examples = new ArrayList<>(blocks(CodebookTest.CODEBOOK, "sql"));
        examples.addAll(blocks(README, "sql"));
        assertThat(examples).as("SQL examples in docs/data.md and README.md").hasSizeGreaterThanOrEqualTo(2);
        for (String sql : examples) {
            try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = db.createStatement()) {
                statement.execute("SET file_search_path = '" + PackageOnDisk.bundled() + "'");
                List<String> answer = PackageOnDisk.column(db, sql.strip().replaceAll(";$", ""));
                assertThat(answer).as(sql).containsExactlyInAnyOrderElementsOf(members()).hasSize(8);
            }
        }
    }

    @Test
    void given_the_r_and_python_examples_then_the_columns_they_read_are_in_the_csv_with_the_types_they_assume()
            throws IOException, SQLException {
        JsonNode periods = null;
        for (JsonNode resource : PackageOnDisk.descriptor(PackageOnDisk.bundled()).get("resources")) {
            if (resource.get("name").asString().equals("status_periods")) {
                periods = resource;
            }
        }
        assertThat(periods).isNotNull();
        List<String> header = List.of(Files.readAllLines(PackageOnDisk.bundled().resolve("data/status_periods.csv"))
                .get(0).split(","));
        List<String> declaredDates = new ArrayList<>();
        for (JsonNode field : periods.get("schema").get("fields")) {
            if (field.get("type").asString().equals("date")) {
                declaredDates.add(field.get("name").asString());
            }
        }
        List<String> examples = new ArrayList<>(blocks(CodebookTest.CODEBOOK, "r"));
        examples.addAll(blocks(CodebookTest.CODEBOOK, "python"));
        assertThat(examples).hasSize(2);
        for (String example : examples) {
            assertThat(example).contains("\"data/status_periods.csv\"", "\"MEMBER_STATE\"", "2017-06-09");
            for (String column : COLUMNS_USED) {
                assertThat(example).as("example names " + column).contains(column);
                assertThat(header).as("status_periods.csv has " + column).contains(column);
            }
            assertThat(datesParsed(example)).as("columns the example reads as dates")
                    .containsExactlyInAnyOrder("period_start_first_day", "period_end_exclusive_first_day")
                    .allSatisfy(c -> assertThat(declaredDates).contains(c));
        }
        // What the examples do, done the same way (every column text but the two dates) in DuckDB.
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            List<String> answer = PackageOnDisk.column(db, "SELECT country FROM read_csv('"
                    + PackageOnDisk.bundled().resolve("data/status_periods.csv") + "', all_varchar = true)"
                    + " WHERE status = 'MEMBER_STATE' AND CAST(period_start_first_day AS DATE) <= DATE '" + DAY + "'"
                    + " AND (period_end_exclusive_first_day IS NULL OR DATE '" + DAY + "' <"
                    + " CAST(period_end_exclusive_first_day AS DATE))");
            assertThat(answer).containsExactlyInAnyOrderElementsOf(members());
        }
    }

    /** The columns an R (col_types "D") or Python (parse_dates) line reads as dates. */
    private static List<String> datesParsed(String example) {
        List<String> dates = new ArrayList<>();
        Matcher r = Pattern.compile("([a-z_]+) = \"D\"").matcher(example);
        while (r.find()) {
            dates.add(r.group(1));
        }
        Matcher python = Pattern.compile("parse_dates=\\[([^\\]]*)\\]").matcher(example);
        while (python.find()) {
            for (String name : python.group(1).split(",")) {
                dates.add(name.strip().replace("\"", ""));
            }
        }
        return dates;
    }
}
