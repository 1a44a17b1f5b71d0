package org.scofacts.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rows under named columns, printed as an aligned table, TSV or JSON. Cells are strings, numbers or
 * null (an empty cell; JSON null).
 *
 * @param columns the column names, also the JSON keys and the TSV header
 * @param rows    the rows, each as long as the columns
 */
record Listing(List<String> columns, List<List<Object>> rows) {

    /** Loaded on the first JSON listing only: Jackson costs a table or TSV answer a third of its start-up. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    Listing {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + row + " has " + row.size() + " cells for "
                        + columns.size() + " columns " + columns);
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copy);
    }

    static Listing of(String... columns) {
        return new Listing(Arrays.asList(columns), List.of());
    }

    Listing row(Object... cells) {
        List<List<Object>> more = new ArrayList<>(rows);
        more.add(Arrays.asList(cells));
        return new Listing(columns, more);
    }

    void print(Format format, PrintWriter out) {
        switch (format) {
            case TABLE -> printTable(out);
            case TSV -> printTsv(out);
            case JSON -> printJson(out);
            default -> throw new IllegalArgumentException("format " + format);
        }
        out.flush();
    }

    private void printTable(PrintWriter out) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(columns.get(i));
            for (List<Object> row : rows) {
                widths[i] = Math.max(widths[i], width(text(row.get(i))));
            }
        }
        out.println(line(columns.stream().map(Object.class::cast).toList(), widths));
        List<Object> rules = new ArrayList<>();
        for (int w : widths) {
            rules.add("-".repeat(w));
        }
        out.println(line(rules, widths));
        rows.forEach(row -> out.println(line(row, widths)));
    }

    private static String line(List<Object> cells, int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = text(cells.get(i));
            s.append(cell);
            if (i < cells.size() - 1) {
                s.append(" ".repeat(widths[i] - width(cell) + 2));
            }
        }
        return s.toString().stripTrailing();
    }

    private void printTsv(PrintWriter out) {
        out.println(String.join("\t", columns));
        for (List<Object> row : rows) {
            out.println(String.join("\t", row.stream().map(c -> text(c).replaceAll("[\t\r\n]", " ")).toList()));
        }
    }

    private void printJson(PrintWriter out) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                object.put(columns.get(i), row.get(i));
            }
            objects.add(object);
        }
        try {
            out.println(Json.MAPPER.writeValueAsString(objects));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(Object cell) {
        if (cell instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("; "));
        }
        return Objects.toString(cell, "");
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
