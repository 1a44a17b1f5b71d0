package org.scofacts.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Argument checks shared by the model; every message names the field and, where there is one, the value. */
final class Checks {

    private Checks() {
    }

    static <T> T nonNull(T value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
        return value;
    }

    static String nonBlank(String value, String field) {
        nonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, was \"" + value + "\"");
        }
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException(
                    field + " must not start or end with white space, was \"" + value + "\"");
        }
        return value;
    }

    static String identifier(String value, String field) {
        nonNull(value, field);
        if (!isIdentifier(value)) {
            throw new IllegalArgumentException("Invalid " + field + ": \"" + value
                    + "\" (expected lower-case letters and digits separated by '-' or '.', e.g. \"chs-24\")");
        }
        return value;
    }

    /**
     * Whether the text is lower-case letters and digits in runs separated by single '-' or '.'.
     */
    private static boolean isIdentifier(String value) {
        boolean runStarted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                runStarted = true;
            } else if ((c == '-' || c == '.') && runStarted) {
                runStarted = false;
            } else {
                return false;
            }
        }
        return runStarted;
    }

    static int positive(int value, String field) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be at least 1, was " + value);
        }
        return value;
    }

    static <T> Optional<T> optional(Optional<T> value, String field) {
        return nonNull(value, field);
    }

    static <T> List<T> list(List<T> values, String field) {
        nonNull(values, field);
        for (int i = 0; i < values.size(); i++) {
            nonNull(values.get(i), field + "[" + i + "]");
        }
        return List.copyOf(values);
    }

    static <T> List<T> sources(List<T> sources, String factId) {
        List<T> copy = list(sources, "sources");
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("sources must not be empty: fact " + factId + " cites no source");
        }
        if (Set.copyOf(copy).size() != copy.size()) {
            throw new IllegalArgumentException("sources of fact " + factId + " cite one source twice: " + copy);
        }
        return copy;
    }
}
