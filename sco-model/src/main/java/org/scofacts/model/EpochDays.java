package org.scofacts.model;

import java.time.LocalDate;

/**
 * Day arithmetic that stays clear of {@code java.time.Year}: on JDK 21 and later every leap-year test in
 * {@code LocalDate} (in {@code toEpochDay}, {@code lengthOfMonth}, {@code plusDays} across a month,
 * {@code minusMonths} into February, {@code LocalDate.of} for a 29 February) goes through {@code Year},
 * whose class initialiser builds a {@code DateTimeFormatter}. {@code LocalDate.ofEpochDay} does not, so the
 * day before or after a day is computed here as a count of days from 1970-01-01 and turned back into a date.
 * {@code EpochDaysTest} checks the count against the JDK's on every day from year -1000 to 3000.
 */
final class EpochDays {

    private static final long DAYS_0000_TO_1970 = 719_528L;

    private EpochDays() {
    }

    /** The same count as {@link LocalDate#toEpochDay()}. */
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

    /** The day after; within {@link LocalDate}'s range, as every date a {@link PartialDate} holds is. */
    static LocalDate next(LocalDate date) {
        return LocalDate.ofEpochDay(of(date) + 1);
    }

    /** The day before; within {@link LocalDate}'s range, as every date a {@link PartialDate} holds is. */
    static LocalDate previous(LocalDate date) {
        return LocalDate.ofEpochDay(of(date) - 1);
    }

    private static boolean isLeap(long year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }
}
