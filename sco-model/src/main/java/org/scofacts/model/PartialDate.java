package org.scofacts.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * A calendar date known to the day, to the month or only to the year, such as {@code 2001-06-15},
 * {@code 2004-06} or {@code 2005}.
 *
 * <p>A partial date stands for every day it could be: {@code 2005} covers 1 January to 31 December
 * 2005. It is stored as the first of those days and its precision, so a fact never carries a day
 * nobody knows. Its text form is ISO 8601 at its precision, and {@link #parse(CharSequence)} reads it
 * back.
 *
 * <p>The year is from {@value #MIN_YEAR} to {@value #MAX_YEAR}, the years that text form writes with four
 * digits and no sign; the constructors refuse others, so every partial date prints and parses back.
 *
 * @param firstDay  the first day the date could be; the first of the month or year when the
 *                  precision is coarser than a day
 * @param precision how much of the date is known
 * @since 0.1.0
 */
public record PartialDate(LocalDate firstDay, DatePrecision precision) implements Comparable<PartialDate> {

    /** The first year a partial date may have: year 0, which ISO 8601 writes {@code 0000}. */
    public static final int MIN_YEAR = 0;

    /** The last year a partial date may have, the last that ISO 8601 writes with four digits. */
    public static final int MAX_YEAR = 9999;

    /**
     * Validates that the first day is aligned with the precision.
     *
     * @param firstDay see {@link #firstDay()}
     * @param precision see {@link #precision()}
     * @throws NullPointerException     if either argument is null
     * @throws IllegalArgumentException if the first day is not the first of its month or year when
     *                                  the precision asks for it, or its year is outside {@value #MIN_YEAR}
     *                                  to {@value #MAX_YEAR}
     */
    public PartialDate {
        Checks.nonNull(firstDay, "firstDay");
        Checks.nonNull(precision, "precision");
        if (firstDay.getYear() < MIN_YEAR || firstDay.getYear() > MAX_YEAR) {
            throw new IllegalArgumentException("firstDay " + firstDay + " is outside the years " + MIN_YEAR + " to "
                    + MAX_YEAR + " that a date's text form (yyyy-MM-dd) can write");
        }
        if (precision != DatePrecision.DAY && firstDay.getDayOfMonth() != 1
                || precision == DatePrecision.YEAR && firstDay.getMonthValue() != 1) {
            throw new IllegalArgumentException("firstDay " + firstDay + " is not the first day of its "
                    + precision.name().toLowerCase(java.util.Locale.ROOT) + " (precision " + precision + ")");
        }
    }

    /**
     * A date known to the day.
     *
     * @param date the date
     * @return the date with {@link DatePrecision#DAY}
     * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR} to {@value #MAX_YEAR}
     */
    public static PartialDate of(LocalDate date) {
        return new PartialDate(date, DatePrecision.DAY);
    }

    /**
     * A date known to the day.
     *
     * @param year       the year
     * @param month      the month, 1 to 12
     * @param dayOfMonth the day of the month
     * @return the date with {@link DatePrecision#DAY}
     * @throws IllegalArgumentException if the fields do not make a calendar date, or the year is outside
     *                                  {@value #MIN_YEAR} to {@value #MAX_YEAR}
     */
    public static PartialDate of(int year, int month, int dayOfMonth) {
        try {
            return of(LocalDate.of(year, month, dayOfMonth));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Invalid date " + year + "-" + month + "-" + dayOfMonth
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * A date known to the month.
     *
     * @param yearMonth the month
     * @return the date with {@link DatePrecision#MONTH}
     * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR} to {@value #MAX_YEAR}
     */
    public static PartialDate of(YearMonth yearMonth) {
        Checks.nonNull(yearMonth, "yearMonth");
        return new PartialDate(yearMonth.atDay(1), DatePrecision.MONTH);
    }

    /**
     * A date known to the month.
     *
     * @param year  the year
     * @param month the month, 1 to 12
     * @return the date with {@link DatePrecision#MONTH}
     * @throws IllegalArgumentException if the month is not 1 to 12, or the year is outside {@value #MIN_YEAR}
     *                                  to {@value #MAX_YEAR}
     */
    public static PartialDate of(int year, int month) {
        try {
            return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Invalid month " + year + "-" + month + ": " + e.getMessage(), e);
        }
    }

    /**
     * A date known to the year.
     *
     * @param year the year
     * @return the date with {@link DatePrecision#YEAR}
     * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR} to {@value #MAX_YEAR}
     */
    public static PartialDate of(Year year) {
        Checks.nonNull(year, "year");
        return new PartialDate(year.atDay(1), DatePrecision.YEAR);
    }

    /**
     * A date known to the year.
     *
     * @param year the year
     * @return the date with {@link DatePrecision#YEAR}
     * @throws IllegalArgumentException if the year is outside {@value #MIN_YEAR} to {@value #MAX_YEAR}
     */
    public static PartialDate ofYear(int year) {
        try {
            // LocalDate rather than Year, for the same reason as in of(int, int).
            return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Invalid year " + year + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads {@code 2005}, {@code 2005-06} or {@code 2005-06-15}.
     *
     * @param text the text to read
     * @return the partial date at the precision the text gives
     * @throws IllegalArgumentException if the text is none of the three forms, naming the text
     */
    public static PartialDate parse(CharSequence text) {
        Checks.nonNull(text, "text");
        String s = text.toString();
        // Read by hand: exactly the three ISO forms, each failure one message naming the text.
        if (isIsoShape(s)) {
            int year = digits(s, 0, 4);
            try {
                switch (s.length()) {
                    case 4:
                        return ofYear(year);
                    case 7:
                        return of(year, digits(s, 5, 7));
                    default:
                        return of(year, digits(s, 5, 7), digits(s, 8, 10));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Invalid date: \"" + s + "\" (" + e.getMessage() + ")", e);
            }
        }
        throw new IllegalArgumentException(
                "Invalid date: \"" + s + "\" (expected yyyy, yyyy-MM or yyyy-MM-dd, e.g. 2001-06-15)");
    }

    /** yyyy, yyyy-MM or yyyy-MM-dd, digits where digits belong. */
    private static boolean isIsoShape(String s) {
        int length = s.length();
        if (length != 4 && length != 7 && length != 10) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            boolean ok = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return value;
    }

    /**
     * The last day the date could be: itself for a day, else the last day of its month or year.
     *
     * @return the last day covered by this date
     */
    public LocalDate lastDay() {
        return precision == DatePrecision.DAY ? firstDay : endExclusive().minusDays(1);
    }

    /**
     * The first day after every day this date could be; for a date in year {@value #MAX_YEAR} that day is in
     * the year after, which a {@code LocalDate} holds though a partial date does not.
     *
     * @return the day after {@link #lastDay()}
     */
    public LocalDate endExclusive() {
        int year = firstDay.getYear();
        switch (precision) {
            case DAY:
                return firstDay.plusDays(1);
            case MONTH:
                int month = firstDay.getMonthValue();
                return month == 12 ? LocalDate.of(year + 1, 1, 1) : LocalDate.of(year, month + 1, 1);
            default:
                return LocalDate.of(year + 1, 1, 1);
        }
    }

    /**
     * The year of this date, known at every precision.
     *
     * @return the year
     */
    public Year year() {
        return Year.of(firstDay.getYear());
    }

    /**
     * Whether the day is known.
     *
     * @return true when the precision is {@link DatePrecision#DAY}
     */
    public boolean isExact() {
        return precision == DatePrecision.DAY;
    }

    /**
     * Whether the given day is one of the days this date could be.
     *
     * @param date the day to test
     * @return true if {@code firstDay <= date <= lastDay}
     */
    public boolean covers(LocalDate date) {
        Checks.nonNull(date, "date");
        return !date.isBefore(firstDay) && date.isBefore(endExclusive());
    }

    /**
     * Orders by first day; at the same first day, the coarser date comes first.
     *
     * @param other the date to compare with
     * @return negative, zero or positive as this date sorts before, with or after the other
     */
    @Override
    public int compareTo(PartialDate other) {
        // By first day, then the wider precision first.
        int byDay = firstDay.compareTo(other.firstDay);
        return byDay != 0 ? byDay : other.precision.compareTo(precision);
    }

    /**
     * ISO 8601 at this date's precision: {@code 2005}, {@code 2005-06} or {@code 2005-06-15}.
     *
     * @return the text that {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        // Cut from LocalDate's own text, which writes the year with the same four digits as Year and YearMonth.
        String day = firstDay.toString();
        switch (precision) {
            case DAY:
                return day;
            case MONTH:
                return day.substring(0, day.length() - "-dd".length());
            default:
                return day.substring(0, day.length() - "-MM-dd".length());
        }
    }


    /**
     * Whether the other object is {@code PartialDate} with equal components.
     *
     * @param o the other object
     * @return true when every component is equal
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PartialDate)) {
            return false;
        }
        PartialDate other = (PartialDate) o;
        return firstDay.equals(other.firstDay)
                && precision.equals(other.precision);
    }

    /**
     * A hash code from every component, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = firstDay.hashCode();
        h = 31 * h + precision.hashCode();
        return h;
    }
}
