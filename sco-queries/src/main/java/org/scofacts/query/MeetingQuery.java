package org.scofacts.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.Meeting;
import org.scofacts.model.MeetingFormat;

/**
 * Council meetings. Start from {@link Sco#meetings()}, or from {@link Sco#summits()} for the meetings
 * of the Council of Heads of State. Answers are in chronological order of their first day.
 *
 * @since 0.1.0
 */
public final class MeetingQuery extends Query<MeetingQuery, Meeting> {

    record Criteria(Council council, Integer ordinal, Country host, Integer year, DayRange between,
                    MeetingFormat format) implements Query.Scan<Meeting> {

        Criteria withCouncil(Council value) { return new Criteria(value, ordinal, host, year, between, format); }
        Criteria withOrdinal(int value) { return new Criteria(council, value, host, year, between, format); }
        Criteria withHost(Country value) { return new Criteria(council, ordinal, value, year, between, format); }
        Criteria withYear(int value) { return new Criteria(council, ordinal, host, value, between, format); }
        Criteria withBetween(DayRange value) { return new Criteria(council, ordinal, host, year, value, format); }
        Criteria withFormat(MeetingFormat value) { return new Criteria(council, ordinal, host, year, between, value); }

        boolean onlyCouncil() {
            return ordinal == null && host == null && year == null && between == null && format == null;
        }

        /** The index's meetings of the council, or the one with the ordinal, for the scan to test. */
        @Override
        public List<Meeting> candidates(ScoIndex index) {
            if (council != null && ordinal != null) {
                Optional<Meeting> numbered = index.meeting(council, ordinal);
                return numbered.isPresent() ? List.of(numbered.get()) : List.of();
            }
            return index.meetings(council);
        }

        @Override
        public List<Meeting> answers(ScoIndex index) {
            return onlyCouncil() ? candidates(index) : Query.Scan.super.answers(index);
        }

        @Override
        public boolean test(Meeting m) {
            return (council == null || m.council() == council)
                    && (ordinal == null || m.ordinal().filter(ordinal::equals).isPresent())
                    && (host == null || m.host().alpha2().equals(host.alpha2()))
                    && (year == null || m.year() == year)
                    && (between == null || between.overlaps(m.firstDay(), Optional.of(m.lastDay().plusDays(1))))
                    && (format == null || m.format() == format);
        }

        @Override
        public void describe(StringBuilder question) {
            if (council == Council.HEADS_OF_STATE) {
                question.append("summits()");
            } else {
                question.append("meetings()");
                step(question, "council", council);
            }
            step(question, "ordinal", ordinal);
            step(question, "hostedBy", host == null ? null : host.alpha2());
            step(question, "inYear", year);
            step(question, "between", between);
            step(question, "format", format);
        }
    }

    private MeetingQuery(State<Meeting> state) {
        super(state);
    }

    private Criteria criteria() {
        return (Criteria) state().criteria();
    }

    /**
     * Meetings of one council; replaces any council given before.
     *
     * @param council the council
     * @return a new query
     * @throws NullPointerException if the council is null
     */
        public MeetingQuery council(Council council) {
        return with(criteria().withCouncil(Args.nonNull(council, "council")));
    }

    /**
     * Meetings with an ordinal, such as the 24th; combine with {@link #council(Council)}, since each
     * council numbers its own meetings. Replaces any ordinal given before.
     *
     * @param ordinal the ordinal, from 1
     * @return a new query
     * @throws IllegalArgumentException if the ordinal is below 1
     */
        public MeetingQuery ordinal(int ordinal) {
        return with(criteria().withOrdinal(Args.positive(ordinal, "ordinal")));
    }

    /**
     * Meetings held in a country; replaces any host given before.
     *
     * @param host the host country
     * @return a new query
     * @throws NullPointerException if the host is null
     */
        public MeetingQuery hostedBy(Country host) {
        return with(criteria().withHost(Args.nonNull(host, "host")));
    }

    /**
     * Meetings that opened in a year; replaces any year given before.
     *
     * @param year the year, such as 2024
     * @return a new query
     */
        public MeetingQuery inYear(int year) {
        return with(criteria().withYear(year));
    }

    /**
     * Meetings in session on at least one day of a range; replaces any range given before.
     *
     * @param fromInclusive the first day of the range
     * @param toExclusive   the first day after the range
     * @return a new query
     * @throws NullPointerException     if a day is null
     * @throws IllegalArgumentException if the range ends before it starts
     */
        public MeetingQuery between(LocalDate fromInclusive, LocalDate toExclusive) {
        return with(criteria().withBetween(DayRange.of(fromInclusive, toExclusive)));
    }

    /**
     * Meetings held in a format (in person, virtual, hybrid); replaces any format given before.
     *
     * @param format the format
     * @return a new query
     * @throws NullPointerException if the format is null
     */
        public MeetingQuery format(MeetingFormat format) {
        return with(criteria().withFormat(Args.nonNull(format, "format")));
    }

    /**
     * The meeting with an ordinal: {@code sco.summits().numbered(24)} is the 24th summit.
     *
     * @param ordinal the ordinal, from 1
     * @return the meeting, or empty when the dataset has no meeting with that ordinal
     * @throws IllegalArgumentException if the ordinal is below 1
     * @throws IllegalStateException    if more than one meeting matches, as when no council was chosen
     */
        public Optional<Meeting> numbered(int ordinal) {
        return ordinal(ordinal).atMostOne();
    }

    @Override
    MeetingQuery newQuery(State<Meeting> state) {
        return new MeetingQuery(state);
    }

    static MeetingQuery of(ScoIndex index, Council council) {
        return new MeetingQuery(State.start(index, new Criteria(council, null, null, null, null, null)));
    }
}
