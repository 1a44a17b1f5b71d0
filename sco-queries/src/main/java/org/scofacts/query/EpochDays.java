package org.scofacts.query;

import java.time.LocalDate;
import java.util.Optional;
import org.scofacts.model.DateRange;

/**
 * A day as a count of days from 1970-01-01, the unit of the indexes' tight loops.
 *
 * <p>The same count as {@link LocalDate#toEpochDay()}, computed here because on JDK 21 and later that
 * method asks {@code java.time.Year} whether the year is a leap year, and {@code Year}'s class initialiser
 * builds a {@code DateTimeFormatter}: some 10 ms of a fresh JVM's first answer spent on text formats no
 * answer uses (issue 12). {@code EpochDaysTest} checks the two agree on every day from year -1000 to 3000
 * and at {@link LocalDate#MIN} and {@link LocalDate#MAX}.
 */
final class EpochDays {

    private static final long DAYS_0000_TO_1970 = 719_528L;

    private EpochDays() {
    }

    static long of(LocalDate date) {
        long year = date.getYear();
        long month = date.getMonthValue();
        long total = 365 * year;
        if (year >= 0) {
            total += (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
        } else {
            total -= year / -4 - year / -100 + year / -400;
        }
        total += (367 * month - 362) / 12;
        total += date.getDayOfMonth() - 1;
        if (month > 2) {
            total--;
            if (!isLeap(year)) {
                total--;
            }
        }
        return total - DAYS_0000_TO_1970;
    }

    /** A range's nominal first day, for the indexes' tight loops. */
    static long start(DateRange range) {
        return of(range.startDay());
    }

    /** A range's nominal end (exclusive); an open end never comes, so it is {@link Long#MAX_VALUE}. */
    static long end(DateRange range) {
        Optional<LocalDate> end = range.endDay();
        return end.isPresent() ? of(end.get()) : Long.MAX_VALUE;
    }

    private static boolean isLeap(long year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }
}
