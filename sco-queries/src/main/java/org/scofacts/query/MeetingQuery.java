package org.scofacts.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.Meeting;
import org.scofacts.model.MeetingFormat;

/**
 * Council meetings. Start from {@link Sco#meetings()}, or from {@link Sco#summits()} for the meetings
 * of the Council of Heads of State. Answers are in chronological order of their first day.
 */
public final class MeetingQuery extends Query<MeetingQuery, Meeting> {

    private record Criteria(Council council, Integer ordinal, Country host, Integer year, LocalDate from,
                            LocalDate to, MeetingFormat format) {

        boolean onlyCouncil() {
            return ordinal == null && host == null && year == null && from == null && format == null;
        }
    }

    private final Criteria criteria;

    private MeetingQuery(ScoIndex index, Criteria criteria, List<Predicate<? super Meeting>> conditions,
                         Comparator<? super Meeting> order) {
        super(index, conditions, order);
        this.criteria = criteria;
    }

    static MeetingQuery of(ScoIndex index, Council council) {
        return new MeetingQuery(index, new Criteria(council, null, null, null, null, null, null), List.of(), null);
    }

    private MeetingQuery with(Criteria changed) {
        return new MeetingQuery(index, changed, conditions(), order());
    }

    /**
     * Meetings of one council; replaces any council given before.
     *
     * @param council the council
     * @return a new query
     * @throws NullPointerException if the council is null
     */
    public MeetingQuery council(Council council) {
        Args.nonNull(council, "council");
        Criteria c = criteria;
        return with(new Criteria(council, c.ordinal, c.host, c.year, c.from, c.to, c.format));
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
        Args.positive(ordinal, "ordinal");
        Criteria c = criteria;
        return with(new Criteria(c.council, ordinal, c.host, c.year, c.from, c.to, c.format));
    }

    /**
     * Meetings held in a country; replaces any host given before.
     *
     * @param host the host country
     * @return a new query
     * @throws NullPointerException if the host is null
     */
    public MeetingQuery hostedBy(Country host) {
        Args.nonNull(host, "host");
        Criteria c = criteria;
        return with(new Criteria(c.council, c.ordinal, host, c.year, c.from, c.to, c.format));
    }

    /**
     * Meetings that opened in a year; replaces any year given before.
     *
     * @param year the year, such as 2024
     * @return a new query
     */
    public MeetingQuery inYear(int year) {
        Criteria c = criteria;
        return with(new Criteria(c.council, c.ordinal, c.host, year, c.from, c.to, c.format));
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
        Args.range(fromInclusive, toExclusive);
        Criteria c = criteria;
        return with(new Criteria(c.council, c.ordinal, c.host, c.year, fromInclusive, toExclusive, c.format));
    }

    /**
     * Meetings held in a format (in person, virtual, hybrid); replaces any format given before.
     *
     * @param format the format
     * @return a new query
     * @throws NullPointerException if the format is null
     */
    public MeetingQuery format(MeetingFormat format) {
        Args.nonNull(format, "format");
        Criteria c = criteria;
        return with(new Criteria(c.council, c.ordinal, c.host, c.year, c.from, c.to, format));
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
    MeetingQuery with(List<Predicate<? super Meeting>> conditions, Comparator<? super Meeting> order) {
        return new MeetingQuery(index, criteria, conditions, order);
    }

    @Override
    List<Meeting> run() {
        Criteria c = criteria;
        List<Meeting> candidates;
        if (c.council != null && c.ordinal != null) {
            candidates = index.meeting(c.council, c.ordinal).map(List::of).orElse(List.of());
        } else {
            candidates = index.meetings(c.council);
        }
        if (c.onlyCouncil()) {
            return candidates;
        }
        List<Meeting> found = new ArrayList<>();
        for (Meeting m : candidates) {
            if ((c.ordinal == null || m.ordinal().filter(c.ordinal::equals).isPresent())
                    && (c.host == null || m.host().alpha2().equals(c.host.alpha2()))
                    && (c.year == null || m.year() == c.year)
                    && (c.from == null || c.from.isBefore(c.to) && m.firstDay().isBefore(c.to) && !m.lastDay().isBefore(c.from))
                    && (c.format == null || m.format() == c.format)) {
                found.add(m);
            }
        }
        return List.copyOf(found);
    }

    @Override
    Object criteria() {
        return criteria;
    }

    @Override
    void describe(StringBuilder question) {
        if (criteria.council == Council.HEADS_OF_STATE) {
            question.append("summits()");
        } else {
            question.append("meetings()");
            step(question, "council", criteria.council);
        }
        step(question, "ordinal", criteria.ordinal);
        step(question, "hostedBy", criteria.host == null ? null : criteria.host.alpha2());
        step(question, "inYear", criteria.year);
        range(question, "between", criteria.from, criteria.to);
        step(question, "format", criteria.format);
    }
}
