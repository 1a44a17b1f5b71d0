package org.scofacts.datapackage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of a table as its Table Schema field declares it.
 *
 * @param name        the column name, snake_case
 * @param type        the Table Schema type: {@code string}, {@code integer}, {@code number} or {@code date}
 * @param description what the column holds, for the codebook and the descriptor
 * @param required    whether every row has a value
 * @param allowed     the only values the column takes, or empty for any
 * @param pattern     a regular expression every value matches, if any
 */
record Field(String name, String type, String description, boolean required, List<String> allowed,
             Optional<String> pattern) {

    static final String STRING = "string";
    static final String INTEGER = "integer";
    static final String NUMBER = "number";
    static final String DATE = "date";

    Field {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("column name must be snake_case: \"" + name + "\"");
        }
        if (!List.of(STRING, INTEGER, NUMBER, DATE).contains(type)) {
            throw new IllegalArgumentException("unknown Table Schema type of column " + name + ": " + type);
        }
        Objects.requireNonNull(description, "description");
        allowed = List.copyOf(allowed);
        Objects.requireNonNull(pattern, "pattern");
    }

    static Field of(String name, String type, String description, boolean required) {
        return new Field(name, type, description, required, List.of(), Optional.empty());
    }

    Field optional() {
        return new Field(name, type, description, false, allowed, pattern);
    }

    Field withAllowed(List<String> values) {
        return new Field(name, type, description, required, values, pattern);
    }

    Field withPattern(String regex) {
        return new Field(name, type, description, required, allowed, Optional.of(regex));
    }
}
