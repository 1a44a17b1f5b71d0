package org.scofacts.datapackage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One table of the package: its name, what it holds, its columns, keys and rows.
 *
 * @param name        the resource name, snake_case, also the file name without {@code .csv}
 * @param title       a short human-readable title
 * @param description what one row is
 * @param fields      the columns, in order
 * @param primaryKey  the columns whose values identify a row
 * @param foreignKeys the columns that refer to other tables
 * @param rows        the rows, each value as CSV text, an empty string for a missing value
 */
record Table(String name, String title, String description, List<Field> fields, List<String> primaryKey,
             List<ForeignKey> foreignKeys, List<List<String>> rows) {

    Table {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        fields = List.copyOf(fields);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        List<String> names = columnNames(fields);
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("table " + name + " has a column name twice: " + names);
        }
        for (String key : primaryKey) {
            if (!names.contains(key)) {
                throw new IllegalArgumentException("primary key column " + key + " is not a column of " + name);
            }
        }
        List<List<String>> copied = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.size() != fields.size()) {
                throw new IllegalArgumentException("a row of " + name + " has " + row.size() + " values for "
                        + fields.size() + " columns: " + row);
            }
            copied.add(List.copyOf(row));
        }
        rows = List.copyOf(copied);
    }

    private static List<String> columnNames(List<Field> fields) {
        List<String> names = new ArrayList<>();
        for (Field field : fields) {
            names.add(field.name());
        }
        return names;
    }

    /**
     * The column names, in order.
     *
     * @return the names
     */
    List<String> columnNames() {
        return columnNames(fields);
    }

    /**
     * Where the table lies inside the package.
     *
     * @return the relative path, such as {@code data/status_periods.csv}
     */
    String path() {
        return "data/" + name + ".csv";
    }

    String toCsv() {
        return Csv.of(columnNames(), rows);
    }
}
