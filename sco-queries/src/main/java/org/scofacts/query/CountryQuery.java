package org.scofacts.query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.scofacts.model.Country;
import org.scofacts.model.Period;
import org.scofacts.model.Status;

/**
 * Which states held an SCO status, when. Start from {@link Sco#countries()}.
 *
 * <p>The query looks at status periods: {@link #withStatus(Status)} picks the status (any status when
 * not given), and {@link #asOf(LocalDate)}, {@link #during(Period)}, {@link #joinedBetween(LocalDate,
 * LocalDate)} and {@link #leftBetween(LocalDate, LocalDate)} say when; every criterion given must hold
 * for the same period. {@link #foundingMembers()} keeps only the founding members. Without any
 * criterion, the answer is every state that ever held a status.
 *
 * <p>Each state is listed once, in order of the start of its first matching period, then by alpha-2 code.
 */
public final class CountryQuery extends Query<CountryQuery, Country> {

    private record Criteria(Status status, LocalDate asOf, Period during, LocalDate joinedFrom,
                            LocalDate joinedTo, LocalDate leftFrom, LocalDate leftTo, boolean founding) {

        boolean onlyStatusAndDate() {
            return asOf != null && during == null && joinedFrom == null && leftFrom == null && !founding;
        }
    }

    private final Criteria criteria;

    private CountryQuery(ScoIndex index, Criteria criteria, List<Predicate<? super Country>> conditions,
                         Comparator<? super Country> order) {
        super(index, conditions, order);
        this.criteria = criteria;
    }

    static CountryQuery of(ScoIndex index) {
        return new CountryQuery(index, new Criteria(null, null, null, null, null, null, null, false), List.of(),
                null);
    }

    private CountryQuery with(Criteria changed) {
        return new CountryQuery(index, changed, conditions(), order());
    }

    /**
     * States holding a status; replaces any status given before.
     *
     * @param status the status
     * @return a new query
     * @throws NullPointerException if the status is null
     */
    public CountryQuery withStatus(Status status) {
        Args.nonNull(status, "status");
        Criteria c = criteria;
        return with(new Criteria(status, c.asOf, c.during, c.joinedFrom, c.joinedTo, c.leftFrom, c.leftTo,
                c.founding));
    }

    /**
     * States holding the status on a day; replaces any day given before.
     *
     * @param date the day
     * @return a new query
     * @throws NullPointerException if the date is null
     */
    public CountryQuery asOf(LocalDate date) {
        Args.nonNull(date, "date");
        Criteria c = criteria;
        return with(new Criteria(c.status, date, c.during, c.joinedFrom, c.joinedTo, c.leftFrom, c.leftTo,
                c.founding));
    }

    /**
     * States holding the status on at least one day of a period; replaces any period given before.
     *
     * @param period the period, half-open
     * @return a new query
     * @throws NullPointerException if the period is null
     */
    public CountryQuery during(Period period) {
        Args.nonNull(period, "period");
        Criteria c = criteria;
        return with(new Criteria(c.status, c.asOf, period, c.joinedFrom, c.joinedTo, c.leftFrom, c.leftTo,
                c.founding));
    }

    /**
     * States whose status period started in a range; replaces any range given before.
     *
     * @param fromInclusive the first day of the range
     * @param toExclusive   the first day after the range
     * @return a new query
     * @throws NullPointerException     if a day is null
     * @throws IllegalArgumentException if the range ends before it starts
     */
    public CountryQuery joinedBetween(LocalDate fromInclusive, LocalDate toExclusive) {
        Args.range(fromInclusive, toExclusive);
        Criteria c = criteria;
        return with(new Criteria(c.status, c.asOf, c.during, fromInclusive, toExclusive, c.leftFrom, c.leftTo,
                c.founding));
    }

    /**
     * States whose status period ended in a range, that is whose first day without the status lies in
     * the range; replaces any range given before.
     *
     * @param fromInclusive the first day of the range
     * @param toExclusive   the first day after the range
     * @return a new query
     * @throws NullPointerException     if a day is null
     * @throws IllegalArgumentException if the range ends before it starts
     */
    public CountryQuery leftBetween(LocalDate fromInclusive, LocalDate toExclusive) {
        Args.range(fromInclusive, toExclusive);
        Criteria c = criteria;
        return with(new Criteria(c.status, c.asOf, c.during, c.joinedFrom, c.joinedTo, fromInclusive, toExclusive,
                c.founding));
    }

    /**
     * Only the founding members: the states whose membership started on the earliest day any membership
     * did.
     *
     * @return a new query
     */
    public CountryQuery foundingMembers() {
        Criteria c = criteria;
        return with(new Criteria(c.status, c.asOf, c.during, c.joinedFrom, c.joinedTo, c.leftFrom, c.leftTo,
                true));
    }

    @Override
    CountryQuery with(List<Predicate<? super Country>> conditions, Comparator<? super Country> order) {
        return new CountryQuery(index, criteria, conditions, order);
    }

    @Override
    List<Country> run() {
        ScoIndex.StatusTable table = index.statusTable(criteria.status);
        if (criteria.onlyStatusAndDate()) {
            return table.holdersOn(criteria.asOf);
        }
        Set<Country> found = new LinkedHashSet<>();
        long asOf = criteria.asOf == null ? 0 : criteria.asOf.toEpochDay();
        for (int i = 0; i < table.size(); i++) {
            long start = table.starts[i];
            long end = table.ends[i];
            if (criteria.asOf != null && !(start <= asOf && asOf < end)
                    || criteria.during != null && !criteria.during.overlaps(table.periods[i].period())
                    || criteria.joinedFrom != null && !in(start, criteria.joinedFrom, criteria.joinedTo)
                    || criteria.leftFrom != null && !in(end, criteria.leftFrom, criteria.leftTo)
                    || criteria.founding && !index.isFounder(table.countries[i])) {
                continue;
            }
            found.add(table.countries[i]);
        }
        return List.copyOf(found);
    }

    private static boolean in(long day, LocalDate fromInclusive, LocalDate toExclusive) {
        return fromInclusive.toEpochDay() <= day && day < toExclusive.toEpochDay();
    }

    @Override
    Object criteria() {
        return criteria;
    }

    @Override
    void describe(StringBuilder question) {
        question.append("countries()");
        if (criteria.founding) {
            question.append(".foundingMembers()");
        }
        step(question, "withStatus", criteria.status);
        step(question, "asOf", criteria.asOf);
        step(question, "during", criteria.during);
        range(question, "joinedBetween", criteria.joinedFrom, criteria.joinedTo);
        range(question, "leftBetween", criteria.leftFrom, criteria.leftTo);
    }
}
