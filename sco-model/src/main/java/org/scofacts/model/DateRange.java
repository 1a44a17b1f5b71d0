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
 * <p>The API is half-open: {@link #end()} is the first day <em>after</em> the range. People read ranges
 * with the last day included, so {@link #toString()} prints the first and the last day joined by
 * {@code ..}: a one-day summit is {@code 2001-06-15}, a two-day one {@code 2025-08-31..2025-09-01}, a
 * range still open {@code 2023-07-04..}. The last day keeps the end's precision: the last day of
 * {@code [2005, 2010)} is the year 2009, so that range prints {@code 2005..2009}.
 * {@link #parse(CharSequence)} reads that form back, and also the half-open ISO 8601 interval
 * {@code 2001-06-15/2017-06-09} (open end {@code 2017-06-09/..}) that {@link #toIsoInterval()} writes.
 *
 * @since 0.1.0
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
                    "end " + end + " must be after start " + start + " in range " + start + "/" + end);
        }
    }

    /**
     * The range from a start up to, not including, an end.
     *
     * @param startInclusive the first day, at its precision
     * @param endExclusive   the first day after the range, at its precision
     * @return the range
     * @throws IllegalArgumentException if the end is not after the start
     */
    public static DateRange of(PartialDate startInclusive, PartialDate endExclusive) {
        return new DateRange(startInclusive, Checks.nonNull(endExclusive, "endExclusive"));
    }

    /**
     * The range from a start day up to, not including, an end day.
     *
     * @param startInclusive the first day
     * @param endExclusive   the first day after the range
     * @return the range
     * @throws IllegalArgumentException if the end is not after the start
     */
    public static DateRange of(LocalDate startInclusive, LocalDate endExclusive) {
        return of(PartialDate.of(Checks.nonNull(startInclusive, "startInclusive")),
                PartialDate.of(Checks.nonNull(endExclusive, "endExclusive")));
    }

    /**
     * A range that has started and not ended.
     *
     * @param startInclusive the first day, at its precision
     * @return the open-ended range
     */
    public static DateRange ofOpenEnd(PartialDate startInclusive) {
        return new DateRange(startInclusive, null);
    }

    /**
     * A range that has started on a known day and not ended.
     *
     * @param startInclusive the first day
     * @return the open-ended range
     */
    public static DateRange ofOpenEnd(LocalDate startInclusive) {
        return ofOpenEnd(PartialDate.of(Checks.nonNull(startInclusive, "startInclusive")));
    }

    /**
     * The days a partial date could be, as a range: {@code 2005} becomes 1 January 2005 up to
     * 1 January 2006. This is how an imprecise date widens to a range.
     *
     * @param date the partial date
     * @return the range {@code [date.firstDay(), date.endExclusive())}, at day precision
     * @throws IllegalArgumentException naming the date, if it covers the last day of year
     *                                  {@value PartialDate#MAX_YEAR}: the range would end in a year a partial
     *                                  date cannot hold
     */
    public static DateRange from(PartialDate date) {
        Checks.nonNull(date, "date");
        LocalDate end = date.endExclusive();
        if (end.getYear() > PartialDate.MAX_YEAR) {
            throw new IllegalArgumentException("date " + date + " covers the last day of year " + PartialDate.MAX_YEAR
                    + ", so the range of its days would end on " + end + ", after the last year a range can hold");
        }
        return of(date.firstDay(), end);
    }

    /**
     * Reads the inclusive form that {@link #toString()} writes ({@code 2001-06-15}, {@code 2005..2009},
     * {@code 2025-08-31..2025-09-01}, {@code 2023-07-04..}) or the half-open ISO 8601 interval that
     * {@link #toIsoInterval()} writes ({@code 2004/2007-01-01}, {@code 2017-06-09/..}).
     *
     * <p>In the inclusive form the last bound is the last day, month or year of the range, and the
     * range ends (exclusive) one day, month or year later: {@code 2005..2009} is {@code [2005, 2010)};
     * a single date is the range of just that day, month or year.
     *
     * @param text the text to read
     * @return the range
     * @throws IllegalArgumentException naming the text, if it is none of these forms or the range would
     *                                  end before it starts
     */
    public static DateRange parse(CharSequence text) {
        Checks.nonNull(text, "text");
        String s = text.toString();
        int slash = s.indexOf('/');
        if (slash >= 0) {
            return parseIsoInterval(s, slash);
        }
        int dots = s.indexOf(OPEN);
        try {
            if (dots < 0) {
                PartialDate only = PartialDate.parse(s);
                return of(only, after(only));
            }
            PartialDate from = PartialDate.parse(s.substring(0, dots));
            String last = s.substring(dots + OPEN.length());
            return last.isEmpty() ? ofOpenEnd(from) : of(from, after(PartialDate.parse(last)));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("Invalid range: \"" + s + "\" (" + e.getMessage()
                    + "; expected first..last, first.. or one date, e.g. 2025-08-31..2025-09-01, or start/end)", e);
        }
    }

    private static DateRange parseIsoInterval(String s, int slash) {
        if (slash != s.lastIndexOf('/')) {
            throw new IllegalArgumentException("Invalid range: \"" + s
                    + "\" (expected start/end or start/.., e.g. 2001-06-15/2017-06-09)");
        }
        try {
            PartialDate from = PartialDate.parse(s.substring(0, slash));
            String to = s.substring(slash + 1);
            return OPEN.equals(to) ? ofOpenEnd(from) : of(from, PartialDate.parse(to));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid range: \"" + s + "\" (" + e.getMessage() + ")", e);
        }
    }

    /** The date one step of its precision later: the exclusive end of a range whose last date it is. */
    private static PartialDate after(PartialDate last) {
        return new PartialDate(last.endExclusive(), last.precision());
    }

    /** The date one step of its precision earlier: the last date of a range that ends (exclusive) there. */
    private static PartialDate before(PartialDate endExclusive) {
        // An end is after its range's start, so the date before it is never before year PartialDate.MIN_YEAR.
        LocalDate day = endExclusive.firstDay();
        int year = day.getYear();
        switch (endExclusive.precision()) {
            case DAY:
                return new PartialDate(day.minusDays(1), DatePrecision.DAY);
            case MONTH:
                int month = day.getMonthValue();
                return new PartialDate(month == 1 ? LocalDate.of(year - 1, 12, 1) : LocalDate.of(year, month - 1, 1),
                        DatePrecision.MONTH);
            default:
                return new PartialDate(LocalDate.of(year - 1, 1, 1), DatePrecision.YEAR);
        }
    }

    /**
     * The first day of the range, at its precision.
     *
     * @return the start, inclusive
     */
    public PartialDate start() {
        return start;
    }

    /**
     * The first day after the range, at its precision, or empty while the range is open.
     *
     * @return the end, exclusive
     */
    public Optional<PartialDate> end() {
        return Optional.ofNullable(end);
    }

    /**
     * The last day, month or year of the range, at the end's precision, or empty while it is open:
     * the day before {@code end} for a day, the month before for a month, the year before for a year.
     * {@code [2005-06-15, 2005-06-17)} ends inclusive on {@code 2005-06-16}; {@code [2005, 2010)} on the
     * year {@code 2009}.
     *
     * @return the end, inclusive
     */
    public Optional<PartialDate> endInclusive() {
        return end == null ? Optional.empty() : Optional.of(before(end));
    }

    /**
     * Whether the range has not ended.
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
     * The nominal first day after the range, or empty while it is open.
     *
     * @return the first day of the end
     */
    public Optional<LocalDate> endDay() {
        return end == null ? Optional.empty() : Optional.of(end.firstDay());
    }

    /**
     * Whether the range holds on a day, reading each bound as its first possible day.
     *
     * @param date the day
     * @return true if {@code startDay <= date < endDay}
     */
    public boolean contains(LocalDate date) {
        Checks.nonNull(date, "date");
        return !date.isBefore(start.firstDay()) && (end == null || date.isBefore(end.firstDay()));
    }

    /**
     * Whether the range holds on a day whatever the unknown part of its bounds turns out to be.
     *
     * @param date the day
     * @return true if the range has certainly started and certainly not ended on that day
     */
    public boolean certainlyContains(LocalDate date) {
        Checks.nonNull(date, "date");
        return !date.isBefore(start.lastDay()) && (end == null || date.isBefore(end.firstDay()));
    }

    /**
     * Whether the range could hold on a day, given the unknown part of its bounds.
     *
     * @param date the day
     * @return true if some reading of the bounds puts the day inside the range
     */
    public boolean possiblyContains(LocalDate date) {
        Checks.nonNull(date, "date");
        return !date.isBefore(start.firstDay()) && (end == null || date.isBefore(end.lastDay()));
    }

    /**
     * Whether the two ranges share at least one day (nominally).
     *
     * @param other the other range
     * @return true if they share a day; symmetric
     */
    public boolean overlaps(DateRange other) {
        Checks.nonNull(other, "other");
        return startsBeforeEndOf(other) && other.startsBeforeEndOf(this);
    }

    /**
     * Whether this range ends exactly where the other starts, or the other way round.
     *
     * @param other the other range
     * @return true if the ranges touch without sharing a day
     */
    public boolean abuts(DateRange other) {
        Checks.nonNull(other, "other");
        return endDay().map(other.startDay()::equals).orElse(false)
                || other.endDay().map(startDay()::equals).orElse(false);
    }

    /**
     * Whether every day of the other range is a day of this one (nominally).
     *
     * @param other the other range
     * @return true if this range encloses the other
     */
    public boolean encloses(DateRange other) {
        Checks.nonNull(other, "other");
        boolean startsInside = !other.startDay().isBefore(startDay());
        boolean endsInside = end == null
                || other.end != null && !other.end.firstDay().isAfter(end.firstDay());
        return startsInside && endsInside;
    }

    /**
     * Whether the whole range lies before a day.
     *
     * @param date the day
     * @return true if the range has ended on or before that day
     */
    public boolean isBefore(LocalDate date) {
        Checks.nonNull(date, "date");
        return end != null && !end.firstDay().isAfter(date);
    }

    /**
     * Whether the two ranges overlap or abut, so that together they cover one unbroken span of days
     * (as {@code LocalDateRange.isConnected}).
     *
     * @param other the other range
     * @return true if neither range ends before the other starts
     * @throws NullPointerException if the other range is null
     */
    public boolean isConnected(DateRange other) {
        Checks.nonNull(other, "other");
        return startsNoLaterThanEndOf(other) && other.startsNoLaterThanEndOf(this);
    }

    /**
     * The days both ranges cover: the later start up to the earlier end (as
     * {@code LocalDateRange.intersection}). Each bound keeps its precision. A range is never empty, so
     * where {@code LocalDateRange} gives an empty range for two ranges that only abut, this method refuses
     * them as it refuses ranges that are not connected.
     *
     * @param other the other range
     * @return the common range, open-ended only if both are
     * @throws NullPointerException     if the other range is null
     * @throws IllegalArgumentException naming both ranges, if they do not {@linkplain #overlaps overlap}
     */
    public DateRange intersection(DateRange other) {
        Checks.nonNull(other, "other");
        if (!overlaps(other)) {
            throw new IllegalArgumentException("range " + this + " does not overlap range " + other
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
     * @return a range ending there
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
     * The half-open ISO 8601 interval form, {@code start/end} or {@code start/..}, such as
     * {@code 2001-06-15/2001-06-16} for a one-day range: the form a program exchanges, which
     * {@link #parse(CharSequence)} reads back.
     *
     * @return the ISO interval
     */
    public String toIsoInterval() {
        return start + "/" + (end == null ? OPEN : end.toString());
    }

    /**
     * The range as people read it, last day included: {@code 2001-06-15} for one day (or one month or
     * year), {@code 2025-08-31..2025-09-01}, {@code 2005..2009} for {@code [2005, 2010)}, and
     * {@code 2023-07-04..} while open. Each bound keeps its precision (see {@link #endInclusive()}).
     *
     * @return the text that {@link #parse(CharSequence)} reads back
     */
    @Override
    public String toString() {
        if (end == null) {
            return start + OPEN;
        }
        PartialDate last = before(end);
        return last.equals(start) ? start.toString() : start + OPEN + last;
    }
}
