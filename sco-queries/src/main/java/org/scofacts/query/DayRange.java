package org.scofacts.query;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A half-open range of days {@code [fromInclusive, toExclusive)} given to a query step: the two days
 * travel together, so a criterion cannot take them in the wrong order.
 *
 * @param fromInclusive the first day of the range
 * @param toExclusive   the first day after the range
 */
record DayRange(LocalDate fromInclusive, LocalDate toExclusive) {

    /** Checks the range; an empty range is well-formed and matches nothing. */
    static DayRange of(LocalDate fromInclusive, LocalDate toExclusive) {
        Args.range(fromInclusive, toExclusive);
        return new DayRange(fromInclusive, toExclusive);
    }

    /** Whether the range contains a day. */
    boolean contains(LocalDate day) {
        return !day.isBefore(fromInclusive) && day.isBefore(toExclusive);
    }

    /** Whether the range shares a day with {@code [start, end)}, where an empty end is open. */
    boolean overlaps(LocalDate start, Optional<LocalDate> endExclusive) {
        return fromInclusive.isBefore(toExclusive) && start.isBefore(toExclusive)
                && endExclusive.map(end -> end.isAfter(fromInclusive)).orElse(true);
    }

    /** Reads as the step's arguments: {@code 2001-01-01, 2002-01-01}. */
    @Override
    public String toString() {
        return fromInclusive + ", " + toExclusive;
    }
}
