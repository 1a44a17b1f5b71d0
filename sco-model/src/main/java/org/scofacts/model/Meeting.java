package org.scofacts.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A meeting of an SCO council, such as the 24th meeting of the Council of Heads of State in Astana.
 *
 * @param id       the stable identifier
 * @param council  the council that met
 * @param ordinal  the meeting's number in the council's own count, where the SCO gives one
 * @param firstDay the first day of the meeting
 * @param lastDay  the last day of the meeting, inclusive; equal to {@code firstDay} for one day
 * @param place    where it was held; for a virtual meeting, where its chair convened it
 * @param format   in person, virtual or hybrid
 * @param sources  the sources that back the fact
 * @param wikidataId the Wikidata item of the meeting, where one exists and was checked
 * @since 0.1.0
 */
public record Meeting(FactId id, Council council, Optional<Integer> ordinal, LocalDate firstDay, LocalDate lastDay,
                      Place place, MeetingFormat format, List<Source> sources,
        Optional<WikidataId> wikidataId) implements Fact {

    /**
     * Validates the meeting.
     *
     * @param id see {@link #id()}
     * @param council see {@link #council()}
     * @param ordinal see {@link #ordinal()}
     * @param firstDay see {@link #firstDay()}
     * @param lastDay see {@link #lastDay()}
     * @param place see {@link #place()}
     * @param format see {@link #format()}
     * @param sources see {@link #sources()}
     * @param wikidataId see {@link #wikidataId()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the ordinal is below 1, the last day is before the first,
     *                                  or no source is cited
     */
    public Meeting {
        Checks.nonNull(id, "id");
        Checks.nonNull(council, "council");
        Checks.optional(ordinal, "ordinal");
        if (ordinal.isPresent()) {
            Checks.positive(ordinal.get(), "ordinal of meeting " + id);
        }
        Checks.nonNull(firstDay, "firstDay");
        Checks.nonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException(
                    "lastDay " + lastDay + " is before firstDay " + firstDay + " of meeting " + id);
        }
        Checks.nonNull(place, "place");
        Checks.nonNull(format, "format");
        sources = Checks.sources(sources, id.value());
        Checks.optional(wikidataId, "wikidataId");
    }

    /**
     * A meeting without a recorded Wikidata item.
     *
     * @param id see {@link #id()}
     * @param council see {@link #council()}
     * @param ordinal see {@link #ordinal()}
     * @param firstDay see {@link #firstDay()}
     * @param lastDay see {@link #lastDay()}
     * @param place see {@link #place()}
     * @param format see {@link #format()}
     * @param sources see {@link #sources()}
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public Meeting(FactId id, Council council, Optional<Integer> ordinal, LocalDate firstDay, LocalDate lastDay, Place place, MeetingFormat format, List<Source> sources) {
        this(id, council, ordinal, firstDay, lastDay, place, format, sources, Optional.empty());
    }

    /**
     * The country that hosted the meeting.
     *
     * @return the country of {@link #place()}
     */
    public Country host() {
        return place.country();
    }

    /**
     * The days of the meeting as a half-open period.
     *
     * @return {@code [firstDay, lastDay + 1)}
     */
    public DateRange dates() {
        return DateRange.of(firstDay, lastDay.plusDays(1));
    }

    /**
     * The year the meeting opened.
     *
     * @return the year of the first day
     */
    public int year() {
        return firstDay.getYear();
    }

    /**
     * The meeting as people name it, with its city and its days (last day included, see
     * {@link DateRange#toString()}): {@code 25th summit, Tianjin, 2025-08-31..2025-09-01} for the Council of
     * Heads of State, {@code 23rd meeting of the Council of Heads of Government, Islamabad, 2024-10-16} for
     * the others.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        String name;
        if (council == Council.HEADS_OF_STATE) {
            name = ordinal.map(n -> ordinalText(n) + " summit").orElse("summit");
        } else if (council == Council.SCO_PLUS) {
            name = ordinal.map(n -> ordinalText(n) + " " + council.title()).orElse(council.title());
        } else {
            name = ordinal.map(n -> ordinalText(n) + " meeting of the ").orElse("meeting of the ") + council.title();
        }
        return name + ", " + place.city() + ", " + dates();
    }

    /** {@code 1st}, {@code 2nd}, {@code 3rd}, {@code 11th}, {@code 22nd}. */
    private static String ordinalText(int n) {
        int lastTwo = n % 100;
        int last = n % 10;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
        return n + suffix;
    }

    /**
     * When the fact starts: the first day of the meeting.
     *
     * @return the start, always present
     */
    @Override
    public Optional<PartialDate> start() {
        return Optional.of(PartialDate.of(firstDay));
    }
}
