package org.scofacts.demo;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.DatePrecision;
import org.scofacts.model.DateRange;
import org.scofacts.model.Meeting;
import org.scofacts.model.MeetingRef;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Place;
import org.scofacts.model.Status;
import org.scofacts.query.Sco;

/**
 * Short text for model values in what the demo prints, written here rather than taken from the
 * model's {@code toString}, so the console reads the same whatever the library's text forms are.
 *
 * <p>Ranges print as people read them: the first and the last day, both inclusive
 * ({@code 2005-07-05..2023-07-03}), although the API's ranges are half-open. A last day known only
 * to the month or year prints as that month or year after a tilde ({@code ~2007-07}): the range
 * ended in it, or on the day before it began.
 */
final class Describe {

    private Describe() {
    }

    /** A status as a heading: {@code Member states}, {@code SCO partners}. */
    static String plural(Status status) {
        return switch (status) {
            case MEMBER_STATE -> "Member states";
            case OBSERVER_STATE -> "Observer states";
            case DIALOGUE_PARTNER -> "Dialogue partners";
            case PARTNER -> "SCO partners";
        };
    }

    /** {@code Kazakhstan (KZ)}. */
    static String country(Country country) {
        return country.shortName() + " (" + country.alpha2() + ")";
    }

    /** {@code Belarus (BY), China (CN)}, in the given order; {@code none recorded} when empty. */
    static String countries(Collection<Country> countries) {
        return countries.isEmpty() ? "none recorded"
                : countries.stream().map(Describe::country).collect(Collectors.joining(", "));
    }

    /** The first day of a range, at its precision. */
    static String start(DateRange range) {
        return range.start().toString();
    }

    /**
     * The last day of a range, inclusive: the day before its (exclusive) end, or {@code ~} and the
     * end's month or year when the end is known only that far; null while the range is open.
     */
    static String through(DateRange range) {
        return range.end().map(Describe::lastDayBefore).orElse(null);
    }

    private static String lastDayBefore(PartialDate endExclusive) {
        return endExclusive.precision() == DatePrecision.DAY ? endExclusive.firstDay().minusDays(1).toString()
                : "~" + endExclusive;
    }

    /** {@code 2005-07-05..2023-07-03}, or {@code since 2023-07-04} while the range is open. */
    static String range(DateRange range) {
        return range.end().isEmpty() ? "since " + start(range) : start(range) + ".." + through(range);
    }

    /** {@code 2025-08-31..2025-09-01}, or the one day of a one-day meeting. */
    static String dates(Meeting m) {
        return days(m.firstDay(), m.lastDay());
    }

    private static String days(LocalDate first, LocalDate last) {
        return first.equals(last) ? first.toString() : first + ".." + last;
    }

    static String place(Place place) {
        return place.city() + ", " + place.country().shortName();
    }

    static String place(Optional<Place> place) {
        return place.map(Describe::place).orElse("");
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }

    /** {@code 25th summit, Tianjin, China, 2025-08-31..2025-09-01}. */
    static String summit(Meeting m) {
        return m.ordinal().map(n -> ordinal(n) + " summit, ").orElse("") + place(m.place()) + ", " + dates(m);
    }

    /**
     * A meeting by name and date, for a column that refers to it: {@code 17th summit, Astana,
     * 2017-06-08..2017-06-09}; other councils by their title.
     */
    static String meeting(Meeting m) {
        return meetingName(m) + ", " + dates(m);
    }

    /** A meeting by name, without its days: {@code 17th summit, Astana}. */
    static String meetingName(Meeting m) {
        String name = m.council() == Council.HEADS_OF_STATE ? "summit" : m.council().title();
        return m.ordinal().map(n -> ordinal(n) + " " + name).orElse(name) + ", " + m.place().city();
    }

    /**
     * The meeting a fact refers to, by name and date; a fact that is not a meeting (or not in the
     * dataset) by its id. Null for none.
     */
    static String meeting(Sco sco, Optional<MeetingRef> ref) {
        return ref.map(MeetingRef::id).map(i -> sco.dataset().fact(i).filter(Meeting.class::isInstance).map(Meeting.class::cast)
                .map(Describe::meeting).orElse(i.value())).orElse(null);
    }
}
