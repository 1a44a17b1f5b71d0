package org.scofacts.datapackage;

import java.util.List;

/** CSV text as RFC 4180 writes it: comma-separated, quoted where a value needs it, one line per row. */
final class Csv {

    private Csv() {
    }

    static String of(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        appendLine(csv, header);
        for (List<String> row : rows) {
            appendLine(csv, row);
        }
        return csv.toString();
    }

    private static void appendLine(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(values.get(i)));
        }
        csv.append('\n');
    }

    /** A value as a cell; an empty value is a missing one, as the schemas declare ({@code missingValues}). */
    static String quoted(String value) {
        if (value.isEmpty()) {
            return value;
        }
        boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || !value.strip().equals(value);
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
