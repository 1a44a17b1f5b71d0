package org.scofacts.datapackage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.scofacts.data.ScoDataset;

/**
 * The bundled dataset's package written once per test JVM under {@code target/}, and DuckDB connections that
 * load it the way a researcher's SQL would: every table with the types its schema in {@code datapackage.json}
 * declares, read from the descriptor rather than from the Java side.
 */
final class PackageOnDisk {

    private static Path bundled;

    private PackageOnDisk() {
    }

    static synchronized Path bundled() {
        if (bundled == null) {
            Path directory = Path.of("target", "test-datapackage").toAbsolutePath();
            DataPackage.of(ScoDataset.bundled()).writeTo(directory);
            bundled = directory;
        }
        return bundled;
    }

    static JsonNode descriptor(Path directory) {
        try {
            return new ObjectMapper().readTree(Files.readString(directory.resolve(DataPackage.DESCRIPTOR)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An in-memory DuckDB database holding every table of the package at the directory, as declared. */
    static Connection duckDb(Path directory) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement sql = connection.createStatement()) {
            for (JsonNode resource : descriptor(directory).get("resources")) {
                sql.execute(loadStatement(directory, resource));
            }
        }
        return connection;
    }

    static String loadStatement(Path directory, JsonNode resource) {
        List<String> columns = new ArrayList<>();
        for (JsonNode field : resource.get("schema").get("fields")) {
            columns.add("'" + field.get("name").asString() + "': '" + sqlType(field.get("type").asString()) + "'");
        }
        return "CREATE TABLE " + resource.get("name").asString() + " AS SELECT * FROM read_csv('"
                + directory.resolve(resource.get("path").asString()) + "', header = true, auto_detect = false,"
                + " delim = ',', quote = '\"', escape = '\"', columns = {" + String.join(", ", columns) + "})";
    }

    static String sqlType(String tableSchemaType) {
        switch (tableSchemaType) {
            case "string":
                return "VARCHAR";
            case "integer":
                return "BIGINT";
            case "number":
                return "DOUBLE";
            case "date":
                return "DATE";
            default:
                throw new IllegalArgumentException("no SQL type for Table Schema type " + tableSchemaType);
        }
    }

    static List<List<String>> query(Connection connection, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        for (List<String> row : query(connection, sql)) {
            values.add(row.get(0));
        }
        return values;
    }

    static long count(Connection connection, String sql) throws SQLException {
        return Long.parseLong(query(connection, sql).get(0).get(0));
    }
}
