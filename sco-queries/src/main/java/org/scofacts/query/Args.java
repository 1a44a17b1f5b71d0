package org.scofacts.query;

import java.time.LocalDate;

/** Argument checks; the messages come from {@link QueryMessages}. */
final class Args {

    private Args() {
    }

    static <T> T nonNull(T value, String parameter) {
        if (value == null) {
            throw new NullPointerException(QueryMessages.mustNotBeNull(parameter));
        }
        return value;
    }

    static String nonBlank(String value, String parameter) {
        nonNull(value, parameter);
        if (value.isBlank()) {
            throw new IllegalArgumentException(QueryMessages.mustNotBeBlank(parameter, value));
        }
        return value;
    }

    static int positive(int value, String parameter) {
        if (value < 1) {
            throw new IllegalArgumentException(QueryMessages.mustBePositive(parameter, value));
        }
        return value;
    }

    /** Checks a half-open range {@code [fromInclusive, toExclusive)}; an empty range is well-formed. */
    static void range(LocalDate fromInclusive, LocalDate toExclusive) {
        nonNull(fromInclusive, "fromInclusive");
        nonNull(toExclusive, "toExclusive");
        if (toExclusive.isBefore(fromInclusive)) {
            throw new IllegalArgumentException(
                    QueryMessages.reversedRange("fromInclusive", fromInclusive, "toExclusive", toExclusive));
        }
    }
}
