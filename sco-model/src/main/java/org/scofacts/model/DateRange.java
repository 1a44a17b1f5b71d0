package org.scofacts.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A half-open span of days, {@code [start, end)}, whose end may still be open.
 *
 * <p>Either bound may be a {@link PartialDate} known only to the month or year. The nominal answers
 * ({@link #contains(LocalDate)}, {@link #overlaps(DateRange)}) read each bound as its first possible day;
 * {@link #certainlyContains(LocalDate)} and {@link #possiblyContains(LocalDate)} tell when that
 * reading depends on the unknown part of a bound.
 *
 * <p>The text form is an ISO 8601 interval, {@code 2001-06-15/2017-06-09}, with {@code ..} for an
 * open end: {@code 2017-06-09/..}. {@link #parse(CharSequence)} reads it back.
 */
public final class DateRange {

    private static final String OPEN = "..";

    private final PartialDate start;
    private final PartialDate end;

    private DateRange(PartialDate start, PartialDate end) {
        this.start = Checks.nonNull(start, "startInclusive");
        this.end = end;
        if (end != null && !end.firstDay().isAfter(start.firstDay())) {
            throw new IllegalArgumentException(
                    "end " + end + " must be after start " + start + " in period " + start + "/" + end);
        }
    }

    /**
     * The period from a start up to, not including, an end.
     *
     * @param startInclusive the first day, at its precision
     * @param endExclusive   the first day after the period, at its precision
     * @return the period
     * @throws IllegalArgumentException if the end is not after the start
     */
    public static DateRange of(PartialDate startInclusive, PartialDate endExclusive) {
        return new DateRange(startInclusive, Checks.nonNull(endExclusive, "endExclusive"));
    }

    /**
     * The period from a start day up to, not including, an end day.
     *
     * @param startInclusive the first day
     * @param endExclusive   the first day after the period
     * @return the period
     * @throws IllegalArgumentException if the end is not after the start
     */
    public static DateRange of(LocalDate startInclusive, LocalDate endExclusive) {
        return of(PartialDate.of(Checks.nonNull(startInclusive, "startInclusive")),
                PartialDate.of(Checks.nonNull(endExclusive, "endExclusive")));
    }

    /**
     * A period that has started and not ended.
     *
     * @param startInclusive the first day, at its precision
     * @return the open-ended period
     */
    public static DateRange ofOpenEnd(PartialDate startInclusive) {
        return new DateRange(startInclusive, null);
    }

    /**
     * A period that has started on a known day and not ended.
     *
     * @param startInclusive the first day
     * @return the open-ended period
     */
    public static DateRange ofOpenEnd(LocalDate startInclusive) {
        return ofOpenEnd(PartialDate.of(Checks.nonNull(startInclusive, "startInclusive")));
    }

    /**
     * The days a partial date could be, as a period: {@code 2005} becomes 1 January 2005 up to
     * 1 January 2006. This is how an imprecise date widens to a range.
     *
     * @param date the partial date
     * @return the period {@code [date.firstDay(), date.endExclusive())}, at day precision
     */
    public static DateRange from(PartialDate date) {
        Checks.nonNull(date, "date");
        return of(date.firstDay(), date.endExclusive());
    }

    /**
     * Reads the ISO 8601 interval form that {@link #toString()} writes, such as
     * {@code 2004/2007-01-01} or {@code 2017-06-09/..}.
     *
     * @param text the text to read
     * @return the period
     * @throws IllegalArgumentException if the text is not {@code start/end} or {@code start/..}, or
     *                                  the end is not after the start
     */
    public static DateRange parse(CharSequence text) {
        Checks.nonNull(text, "text");
        String s = text.toString();
        int slash = s.indexOf('/');
        if (slash < 0 || slash != s.lastIndexOf('/')) {
            throw new IllegalArgumentException("Invalid period: \"" + s
                    + "\" (expected start/end or start/.., e.g. 2001-06-15/2017-06-09)");
        }
        try {
            PartialDate from = PartialDate.parse(s.substring(0, slash));
            String to = s.substring(slash + 1);
            return OPEN.equals(to) ? ofOpenEnd(from) : of(from, PartialDate.parse(to));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid period: \"" + s + "\" (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The first day of the period, at its precision.
     *
     * @return the start, inclusive
     */
    public PartialDate start() {
        return start;
    }

    /**
     * The first day after the period, at its precision, or empty while the period is open.
     *
     * @return the end, exclusive
     */
    public Optional<PartialDate> end() {
        return Optional.ofNullable(end);
    }

    /**
     * Whether the period has not ended.
     *
     * @return true when there is no end
     */
    public boolean isOpenEnded() {
        return end == null;
    }

    /**
     * The nominal first day: the first possible day of the start.
     *
     * @return the first day of the start
     */
    public LocalDate startDay() {
        return start.firstDay();
    }

    /**
     * The nominal first day after the period, or empty while it is open.
     *
     * @return the first day of the end
     */
    public Optional<LocalDate> endDay() {
        return end == null ? Optional.empty() : Optional.of(end.firstDay());
    }

    /**
     * Whether the period holds on a day, reading each bound as its first possible day.
     *
     * @param date the day
     * @return true if {@code startDay <= date < endDay}
     */
    public boolean contains(LocalDate date) {
        Checks.nonNull(date, "date");
        return !date.isBefore(start.firstDay()) && (end == null || date.isBefore(end.firstDay()));
    }

    /**
     * Whether the period holds on a day whatever the unknown part of its bounds turns out to be.
     *
     * @param date the day
     * @return true if the period has certainly started and certainly not ended on that day
     */
    public boolean certainlyContains(LocalDate date) {
        Checks.nonNull(date, "date");
        return !date.isBefore(start.lastDay()) && (end == null || date.isBefore(end.firstDay()));
    }

    /**
     * Whether the period could hold on a day, given the unknown part of its bounds.
     *
     * @param date the day
     * @return true if some reading of the bounds puts the day inside the period
     */
    public boolean possiblyContains(LocalDate date) {
        Checks.nonNull(date, "date");
        return !date.isBefore(start.firstDay()) && (end == null || date.isBefore(end.lastDay()));
    }

    /**
     * Whether the two periods share at least one day (nominally).
     *
     * @param other the other period
     * @return true if they share a day; symmetric
     */
    public boolean overlaps(DateRange other) {
        Checks.nonNull(other, "other");
        return startsBeforeEndOf(other) && other.startsBeforeEndOf(this);
    }

    /**
     * Whether this period ends exactly where the other starts, or the other way round.
     *
     * @param other the other period
     * @return true if the periods touch without sharing a day
     */
    public boolean abuts(DateRange other) {
        Checks.nonNull(other, "other");
        return endDay().map(other.startDay()::equals).orElse(false)
                || other.endDay().map(startDay()::equals).orElse(false);
    }

    /**
     * Whether every day of the other period is a day of this one (nominally).
     *
     * @param other the other period
     * @return true if this period encloses the other
     */
    public boolean encloses(DateRange other) {
        Checks.nonNull(other, "other");
        boolean startsInside = !other.startDay().isBefore(startDay());
        boolean endsInside = end == null
                || other.end != null && !other.end.firstDay().isAfter(end.firstDay());
        return startsInside && endsInside;
    }

    /**
     * Whether the whole period lies before a day.
     *
     * @param date the day
     * @return true if the period has ended on or before that day
     */
    public boolean isBefore(LocalDate date) {
        Checks.nonNull(date, "date");
        return end != null && !end.firstDay().isAfter(date);
    }

    /**
     * Whether the two periods overlap or abut, so that together they cover one unbroken span of days
     * (as {@code LocalDateRange.isConnected}).
     *
     * @param other the other period
     * @return true if neither period ends before the other starts
     * @throws NullPointerException if the other period is null
     */
    public boolean isConnected(DateRange other) {
        Checks.nonNull(other, "other");
        return startsNoLaterThanEndOf(other) && other.startsNoLaterThanEndOf(this);
    }

    /**
     * The days both periods cover: the later start up to the earlier end (as
     * {@code LocalDateRange.intersection}). Each bound keeps its precision. A period is never empty, so
     * where {@code LocalDateRange} gives an empty range for two ranges that only abut, this method refuses
     * them as it refuses periods that are not connected.
     *
     * @param other the other period
     * @return the common period, open-ended only if both are
     * @throws NullPointerException     if the other period is null
     * @throws IllegalArgumentException naming both periods, if they do not {@linkplain #overlaps overlap}
     */
    public DateRange intersection(DateRange other) {
        Checks.nonNull(other, "other");
        if (!overlaps(other)) {
            throw new IllegalArgumentException("period " + this + " does not overlap period " + other
                    + ", so they have no days in common");
        }
        PartialDate laterStart = other.start.firstDay().isAfter(start.firstDay()) ? other.start : start;
        PartialDate earlierEnd = end == null || other.end != null && other.end.firstDay().isBefore(end.firstDay())
                ? other.end : end;
        return new DateRange(laterStart, earlierEnd);
    }

    private boolean startsNoLaterThanEndOf(DateRange other) {
        return other.end == null || !start.firstDay().isAfter(other.end.firstDay());
    }

    private boolean startsBeforeEndOf(DateRange other) {
        return other.end == null || start.firstDay().isBefore(other.end.firstDay());
    }

    /**
     * The same start with a new end.
     *
     * @param endExclusive the new end
     * @return a period ending there
     */
    public DateRange withEnd(PartialDate endExclusive) {
        return of(start, endExclusive);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DateRange && start.equals(((DateRange) o).start) && Objects.equals(end, ((DateRange) o).end);
    }

    @Override
    public int hashCode() {
        return 31 * start.hashCode() + Objects.hashCode(end);
    }

    /**
     * The ISO 8601 interval form, {@code start/end} or {@code start/..}.
     *
     * @return the text that {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        return start + "/" + (end == null ? OPEN : end.toString());
    }
}
