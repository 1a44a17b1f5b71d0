package org.scofacts.datapackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scofacts.datapackage.PackageOnDisk.count;

import tools.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scofacts.data.ScoDataset;

/**
 * Every table loads into DuckDB with the column types its schema declares, and what the schema promises holds in
 * SQL: required columns have values, enumerated columns only the listed values, patterns match, primary keys are
 * unique and every foreign key resolves.
 */
class DuckDbLoadTest {

    private static Connection db;
    private static JsonNode descriptor;

    @BeforeAll
    static void load() throws SQLException {
        db = PackageOnDisk.duckDb(PackageOnDisk.bundled());
        descriptor = PackageOnDisk.descriptor(PackageOnDisk.bundled());
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    static Stream<String> tables() {
        return DataPackage.of(ScoDataset.bundled()).tableNames().stream();
    }

    private static JsonNode resource(String name) {
        for (JsonNode resource : descriptor.get("resources")) {
            if (resource.get("name").asString().equals(name)) {
                return resource;
            }
        }
        throw new AssertionError("no resource " + name + " in datapackage.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void given_table_when_loaded_with_declared_types_then_every_row_arrives(String table) throws SQLException {
        Table expected = tableNamed(table);
        assertThat(count(db, "SELECT count(*) FROM " + table)).as(table + " rows").isEqualTo(expected.rows().size());
        List<String> declared = new ArrayList<>();
        for (JsonNode field : resource(table).get("schema").get("fields")) {
            declared.add(field.get("name").asString() + " " + PackageOnDisk.sqlType(field.get("type").asString()));
        }
        assertThat(PackageOnDisk.column(db, "SELECT column_name || ' ' || data_type FROM information_schema.columns"
                + " WHERE table_name = '" + table + "' ORDER BY ordinal_position")).as(table + " columns and types")
                .containsExactlyElementsOf(declared);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void given_table_then_required_enum_and_pattern_constraints_hold_in_sql(String table) throws SQLException {
        for (JsonNode field : resource(table).get("schema").get("fields")) {
            String name = field.get("name").asString();
            JsonNode constraints = field.get("constraints");
            if (constraints.get("required").asBoolean()) {
                assertThat(count(db, "SELECT count(*) FROM " + table + " WHERE " + name + " IS NULL"))
                        .as(table + "." + name + " is required").isZero();
            }
            if (constraints.has("enum")) {
                List<String> values = new ArrayList<>();
                constraints.get("enum").forEach(v -> values.add("'" + v.asString() + "'"));
                assertThat(PackageOnDisk.column(db, "SELECT DISTINCT " + name + " FROM " + table + " WHERE " + name
                        + " NOT IN (" + String.join(", ", values) + ")")).as(table + "." + name + " outside its enum")
                        .isEmpty();
            }
            if (constraints.has("pattern")) {
                assertThat(PackageOnDisk.column(db, "SELECT " + name + " FROM " + table + " WHERE NOT regexp_full_match("
                        + name + ", '" + constraints.get("pattern").asString() + "')"))
                        .as(table + "." + name + " not matching " + constraints.get("pattern")).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void given_table_then_primary_key_is_unique_in_sql(String table) throws SQLException {
        String key = join(resource(table).get("schema").get("primaryKey"));
        assertThat(key).as(table + " declares a primary key").isNotEmpty();
        assertThat(PackageOnDisk.query(db, "SELECT " + key + ", count(*) FROM " + table + " GROUP BY " + key
                + " HAVING count(*) > 1")).as(table + " rows sharing a primary key (" + key + ")").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void given_table_then_every_foreign_key_resolves_in_sql(String table) throws SQLException {
        JsonNode keys = resource(table).get("schema").get("foreignKeys");
        if (keys == null) {
            return;
        }
        for (JsonNode key : keys) {
            assertThat(PackageOnDisk.query(db, danglingKeys(table, key))).as(table + " " + key + " dangling").isEmpty();
        }
    }

    private static String danglingKeys(String table, JsonNode key) {
        List<String> on = new ArrayList<>();
        for (int i = 0; i < key.get("fields").size(); i++) {
            on.add("c." + key.get("fields").get(i).asString() + " = p." + key.get("reference").get("fields").get(i).asString());
        }
        String first = key.get("fields").get(0).asString();
        return "SELECT c." + first + " FROM " + table + " c LEFT JOIN " + key.get("reference").get("resource").asString()
                + " p ON " + String.join(" AND ", on) + " WHERE c." + first + " IS NOT NULL AND p."
                + key.get("reference").get("fields").get(0).asString() + " IS NULL";
    }

    @Test
    void given_fact_tables_then_country_and_meeting_columns_are_declared_foreign_keys() {
        assertThat(resource("status_periods").get("schema").get("foreignKeys").toString())
                .contains("{\"fields\":[\"country\"],\"reference\":{\"resource\":\"countries\",\"fields\":[\"alpha2\"]}}")
                .contains("{\"fields\":[\"decided_at\"],\"reference\":{\"resource\":\"meetings\",\"fields\":[\"id\"]}}");
        assertThat(resource("event_participants").get("schema").get("foreignKeys").toString())
                .contains("\"resource\":\"events\"").contains("\"resource\":\"countries\"");
        assertThat(resource("cow_igo").get("schema").get("foreignKeys").toString())
                .contains("\"resource\":\"countries\",\"fields\":[\"cow_code\"]");
    }

    @Test
    void given_a_dangling_country_then_the_foreign_key_check_finds_it(@TempDir Path copy) throws Exception {
        // The SQL above must be able to fail: plant a status period of a country that countries.csv lacks.
        DataPackage.of(ScoDataset.bundled()).writeTo(copy);
        Path periods = copy.resolve("data/status_periods.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(periods));
        lines.set(1, lines.get(1).replaceFirst(",[A-Z]{2},", ",ZZ,"));
        Files.write(periods, lines);
        try (Connection planted = PackageOnDisk.duckDb(copy)) {
            JsonNode key = resource("status_periods").get("schema").get("foreignKeys").get(0);
            assertThat(PackageOnDisk.column(planted, danglingKeys("status_periods", key))).containsExactly("ZZ");
        }
    }

    @Test
    void given_a_cell_that_is_not_its_declared_type_then_duckdb_refuses_the_table(@TempDir Path copy) throws Exception {
        DataPackage.of(ScoDataset.bundled()).writeTo(copy);
        Path cow = copy.resolve("data/cow_igo.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(cow));
        lines.set(1, lines.get(1).replaceFirst(",2001,", ",two thousand and one,"));
        Files.write(cow, lines);
        assertThatThrownBy(() -> PackageOnDisk.duckDb(copy).close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("two thousand and one");
    }

    private static Table tableNamed(String name) {
        for (Table table : DataPackage.of(ScoDataset.bundled()).tables()) {
            if (table.name().equals(name)) {
                return table;
            }
        }
        throw new AssertionError("no table " + name);
    }

    private static String join(JsonNode names) {
        List<String> list = new ArrayList<>();
        names.forEach(n -> list.add(n.asString()));
        return String.join(", ", list);
    }
}
