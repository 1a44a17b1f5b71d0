package org.scofacts.demo;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import org.scofacts.demo.message.Values;

/**
 * Rows under named columns, printed as an aligned table, TSV or JSON. Cells are strings, numbers or
 * null (an empty cell; JSON null).
 *
 * <p>A table fits a width (120 columns for a terminal, unbounded for {@code --wide}): when its
 * natural width is larger, the flexible columns (all of them unless some are named) narrow to a
 * common cap, and their longer cells are either cut with an ellipsis or wrapped onto more lines.
 * TSV and JSON always carry every cell in full. A table or TSV shows control characters in a cell as escapes
 * ({@code \n}, {@code \t}, {@code \e}), so that a cell is one line and a title cannot forge another.
 *
 * @param columns  the column names, also the JSON keys and the TSV header
 * @param rows     the rows, each as long as the columns
 * @param flexible the columns that may narrow in a table; empty means every column may
 * @param overflow what narrowed cells do: cut with an ellipsis, or wrap onto more lines
 */
record Listing(List<String> columns, List<List<Object>> rows, Set<String> flexible, Overflow overflow) {

    /** What a cell longer than its column does in a table. */
    enum Overflow {
        /** Cut, with an ellipsis. */
        CUT,
        /** Wrapped at spaces, each line filled: titles and sentences. */
        WRAP_AT_SPACES,
        /**
         * Wrapped between the items of a comma-separated list where they fit ({@code Sri Lanka (LK)} stays on one
         * line), at spaces inside an item too long for a line: lists of countries.
         */
        WRAP_AT_ITEMS
    }

    /** The width of the terminal a table is made for, unless {@code --wide} asks for everything. */
    static final int TERMINAL_WIDTH = 120;

    /** Marks a cell cut short; the rest is in {@code --wide}, TSV and JSON. */
    static final String ELLIPSIS = "\u2026";

    private static final int GAP = 2;

    /**
     * Loaded on the first JSON listing only: Jackson costs a table or TSV answer a third of its start-up. Every
     * mention of a Jackson type is in here, so that verifying {@code Listing} loads none of them either.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

        static String write(Object value) {
            try {
                return MAPPER.writeValueAsString(value);
            } catch (JacksonException e) {
                throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
            }
        }
    }

    Listing {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + row + " has " + row.size() + " cells for "
                        + columns.size() + " columns " + columns);
            }
            copy.add(row instanceof Row made ? made : new Row(row));
        }
        rows = List.copyOf(copy);
        flexible = Set.copyOf(flexible);
        for (String name : flexible) {
            if (!columns.contains(name)) {
                throw new IllegalArgumentException("flexible column " + name + " is not one of " + columns);
            }
        }
    }

    /**
     * One row, unmodifiable, its cells copied once when it is added: a listing built row by row then passes its
     * earlier rows on as they are, where copying each again made a 300-row listing cost a question some 30 ms.
     */
    private static final class Row extends AbstractList<Object> implements RandomAccess {
        private final Object[] cells;

        Row(List<Object> cells) {
            this.cells = cells.toArray();
        }

        @Override
        public Object get(int index) {
            return cells[index];
        }

        @Override
        public int size() {
            return cells.length;
        }
    }

    static Listing of(String... columns) {
        return new Listing(Arrays.asList(columns), List.of(), Set.of(), Overflow.CUT);
    }

    Listing row(Object... cells) {
        List<List<Object>> more = new ArrayList<>(rows);
        more.add(Arrays.asList(cells));
        return new Listing(columns, more, flexible, overflow);
    }

    /** The same listing, where only these columns narrow to fit a table's width. */
    Listing flexible(String... names) {
        return new Listing(columns, rows, Set.of(names), overflow);
    }

    /** The same listing without these columns. */
    Listing without(String... names) {
        List<String> dropped = Arrays.asList(names);
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!dropped.contains(columns.get(i))) {
                kept.add(i);
            }
        }
        // Loops rather than streams, here and in the table's layout: a question prints one listing, in a JVM
        // that has not compiled any of this yet, where each stream pipeline costs more than the loop it replaces.
        List<List<Object>> cut = new ArrayList<>();
        for (List<Object> row : rows) {
            List<Object> cells = new ArrayList<>();
            for (int i : kept) {
                cells.add(row.get(i));
            }
            cut.add(cells);
        }
        List<String> remaining = new ArrayList<>();
        Set<String> stillFlexible = new HashSet<>();
        for (int i : kept) {
            remaining.add(columns.get(i));
            if (flexible.contains(columns.get(i))) {
                stillFlexible.add(columns.get(i));
            }
        }
        return new Listing(remaining, cut, stillFlexible, overflow);
    }

    /** The same listing, whose narrowed cells wrap onto more lines at spaces instead of being cut. */
    Listing wrapped() {
        return new Listing(columns, rows, flexible, Overflow.WRAP_AT_SPACES);
    }

    /** The same listing, whose narrowed cells wrap between list items where they can instead of being cut. */
    Listing wrappedByItems() {
        return new Listing(columns, rows, flexible, Overflow.WRAP_AT_ITEMS);
    }

    /** Prints the listing; a table fits {@link #TERMINAL_WIDTH}. */
    void print(Format format, PrintWriter out) {
        print(format, out, TERMINAL_WIDTH);
    }

    /**
     * Prints the listing; a table fits {@code maxWidth} as far as its fixed columns allow
     * ({@link Integer#MAX_VALUE}: every cell in full).
     */
    void print(Format format, PrintWriter out, int maxWidth) {
        switch (format) {
            case TABLE -> printTable(out, maxWidth);
            case TSV -> printTsv(out);
            case JSON -> printJson(out);
            default -> throw new IllegalArgumentException("format " + format);
        }
        out.flush();
    }

    private void printTable(PrintWriter out, int maxWidth) {
        int[] widths = fit(maxWidth);
        out.println(line(new ArrayList<>(columns), widths));
        List<Object> rules = new ArrayList<>();
        for (int w : widths) {
            rules.add("-".repeat(w));
        }
        out.println(line(rules, widths));
        for (List<Object> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < widths.length; i++) {
                List<String> lines = layout(text(row.get(i)), widths[i]);
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            for (int k = 0; k < height; k++) {
                List<Object> physical = new ArrayList<>();
                for (List<String> lines : cells) {
                    physical.add(k < lines.size() ? lines.get(k) : "");
                }
                out.println(line(physical, widths));
            }
        }
    }

    /**
     * The width of each column: its widest cell, unless the table is wider than {@code maxWidth};
     * then every flexible column is capped at the largest common width that lets the table fit,
     * never below its header, nor (when wrapping) below its longest word.
     */
    private int[] fit(int maxWidth) {
        int n = columns.size();
        int[] natural = new int[n];
        int[] floor = new int[n];
        for (int i = 0; i < n; i++) {
            natural[i] = width(columns.get(i));
            floor[i] = natural[i];
            for (List<Object> row : rows) {
                String cell = text(row.get(i));
                natural[i] = Math.max(natural[i], width(cell));
                if (overflow != Overflow.CUT) {
                    for (String word : words(cell)) {
                        floor[i] = Math.max(floor[i], width(word.strip()));
                    }
                }
            }
            if (overflow == Overflow.CUT) {
                floor[i] = Math.max(floor[i], Math.min(natural[i], 8));
            }
            if (!flexible.isEmpty() && !flexible.contains(columns.get(i))) {
                floor[i] = natural[i];
            }
        }
        if (total(natural) <= maxWidth) {
            return natural;
        }
        int[] widths = natural.clone();
        int cap = 0;
        for (int w : natural) {
            cap = Math.max(cap, w);
        }
        while (cap > 1 && total(widths) > maxWidth) {
            cap--;
            for (int i = 0; i < n; i++) {
                widths[i] = Math.max(floor[i], Math.min(natural[i], cap));
            }
        }
        return widths;
    }

    private static int total(int[] widths) {
        int sum = 0;
        for (int w : widths) {
            sum += w;
        }
        return sum + GAP * Math.max(0, widths.length - 1);
    }

    /** The lines a cell takes in a column of this width: itself, cut with an ellipsis, or wrapped. */
    private List<String> layout(String cell, int width) {
        if (width(cell) <= width) {
            return List.of(cell);
        }
        if (overflow == Overflow.CUT) {
            return List.of(cell.substring(0, cell.offsetByCodePoints(0, width - 1)).stripTrailing() + ELLIPSIS);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String item : overflow == Overflow.WRAP_AT_ITEMS ? items(cell) : List.of(cell)) {
            if (width(current + item.stripTrailing()) <= width) {
                current.append(item);
                continue;
            }
            if (width(item.stripTrailing()) <= width) {
                lines.add(current.toString().stripTrailing());
                current.setLength(0);
                current.append(item);
                continue;
            }
            for (String word : words(item)) {
                if (current.length() > 0 && width(current + word.stripTrailing()) > width) {
                    lines.add(current.toString().stripTrailing());
                    current.setLength(0);
                }
                current.append(word);
            }
        }
        if (current.length() > 0) {
            lines.add(current.toString().stripTrailing());
        }
        return lines;
    }

    /**
     * The items of a list in a cell, each with its {@code ", "}: a line breaks between items where it
     * can, so {@code Sri Lanka (LK)} stays on one line; a longer item breaks between its words.
     */
    private static List<String> items(String cell) {
        List<String> items = new ArrayList<>();
        int start = 0;
        for (int i = cell.indexOf(", "); i >= 0; i = cell.indexOf(", ", i + 2)) {
            items.add(cell.substring(start, i + 2));
            start = i + 2;
        }
        if (start < cell.length()) {
            items.add(cell.substring(start));
        }
        return items;
    }

    /** The text cut after each run of spaces, every piece keeping its trailing spaces. */
    private static List<String> words(String cell) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cell.length(); i++) {
            if (cell.charAt(i) == ' ' && (i + 1 == cell.length() || cell.charAt(i + 1) != ' ')) {
                words.add(cell.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < cell.length()) {
            words.add(cell.substring(start));
        }
        return words;
    }

    private static String line(List<Object> cells, int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = text(cells.get(i));
            s.append(cell);
            if (i < cells.size() - 1) {
                s.append(" ".repeat(Math.max(0, widths[i] - width(cell)) + GAP));
            }
        }
        return s.toString().stripTrailing();
    }

    private void printTsv(PrintWriter out) {
        out.println(String.join("\t", columns));
        for (List<Object> row : rows) {
            out.println(String.join("\t", row.stream().map(Listing::text).toList()));
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
        out.println(Json.write(objects));
    }

    /** A cell as a table or TSV shows it: on one line, control characters (tabs, line breaks) escaped. */
    private static String text(Object cell) {
        if (cell instanceof List<?> list) {
            return Values.escaped(list.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("; ")));
        }
        return Values.escaped(Objects.toString(cell, ""));
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
