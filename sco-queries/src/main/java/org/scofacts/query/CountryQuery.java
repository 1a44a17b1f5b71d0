package org.scofacts.query;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.scofacts.model.Country;
import org.scofacts.model.DateRange;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;

/**
 * Which states held an SCO status, when. Start from {@link Sco#countries()}.
 *
 * <p>The query looks at status periods: {@link #withStatus(Status)} picks the status (any status when
 * not given), and {@link #asOf(LocalDate)}, {@link #during(DateRange)}, {@link #joinedBetween(LocalDate,
 * LocalDate)} and {@link #leftBetween(LocalDate, LocalDate)} say when; every criterion given must hold
 * for the same period. {@link #foundingMembers()} keeps only the founding members. Without any
 * criterion, the answer is every state that ever held a status.
 *
 * <p>Each state is listed once, in order of the start of its first matching period, then by alpha-2 code.
 *
 * @since 0.1.0
 */
public final class CountryQuery extends Query<CountryQuery, Country> {

    record Criteria(Status status, LocalDate asOf, DateRange during, DayRange joined, DayRange left, boolean founding)
            implements Query.Criteria<Country> {

        static final Criteria NONE = new Criteria(null, null, null, null, null, false);

        Criteria withStatus(Status value) { return new Criteria(value, asOf, during, joined, left, founding); }
        Criteria withAsOf(LocalDate value) { return new Criteria(status, value, during, joined, left, founding); }
        Criteria withDuring(DateRange value) { return new Criteria(status, asOf, value, joined, left, founding); }
        Criteria withJoined(DayRange value) { return new Criteria(status, asOf, during, value, left, founding); }
        Criteria withLeft(DayRange value) { return new Criteria(status, asOf, during, joined, value, founding); }
        Criteria withFoundingOnly() { return new Criteria(status, asOf, during, joined, left, true); }

        @Override
        public List<Country> answers(ScoIndex index) {
            return CountryQuery.answers(index, this);
        }

        boolean onlyStatusAndDate() {
            return asOf != null && during == null && joined == null && left == null && !founding;
        }

        @Override
        public void describe(StringBuilder question) {
            question.append("countries()");
            if (founding) {
                question.append(".foundingMembers()");
            }
            step(question, "withStatus", status);
            step(question, "asOf", asOf);
            step(question, "during", during);
            step(question, "joinedBetween", joined);
            step(question, "leftBetween", left);
        }
    }

    private CountryQuery(State<Country> state) {
        super(state);
    }

    private Criteria criteria() {
        return (Criteria) state().criteria();
    }

    /**
     * States holding a status; replaces any status given before.
     *
     * @param status the status
     * @return a new query
     * @throws NullPointerException if the status is null
     */
        public CountryQuery withStatus(Status status) {
        return with(criteria().withStatus(Args.nonNull(status, "status")));
    }

    /**
     * States holding the status on a day; replaces any day given before.
     *
     * @param date the day
     * @return a new query
     * @throws NullPointerException if the date is null
     */
        public CountryQuery asOf(LocalDate date) {
        return with(criteria().withAsOf(Args.nonNull(date, "date")));
    }

    /**
     * States holding the status on at least one day of a period; replaces any period given before.
     *
     * @param period the period, half-open
     * @return a new query
     * @throws NullPointerException if the period is null
     */
        public CountryQuery during(DateRange period) {
        return with(criteria().withDuring(Args.nonNull(period, "period")));
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
        return with(criteria().withJoined(DayRange.of(fromInclusive, toExclusive)));
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
        return with(criteria().withLeft(DayRange.of(fromInclusive, toExclusive)));
    }

    /**
     * Only the founding members: the states whose membership started on the earliest day any membership
     * did.
     *
     * @return a new query
     */
        public CountryQuery foundingMembers() {
        return with(criteria().withFoundingOnly());
    }

    /** Walks the status table of the status: each state once, by the start of its first matching period. */
    private static List<Country> answers(ScoIndex index, Criteria criteria) {
        StatusIndex.StatusTable table = index.statusTable(criteria.status);
        if (criteria.onlyStatusAndDate()) {
            return table.holdersOn(criteria.asOf);
        }
        Set<Country> found = new LinkedHashSet<>();
        for (StatusPeriod p : table.periods) {
            DateRange period = p.period();
            if (criteria.asOf != null && !period.contains(criteria.asOf)
                    || criteria.during != null && !criteria.during.overlaps(period)
                    || criteria.joined != null && !criteria.joined.contains(period.startDay())
                    || criteria.left != null && (period.isOpenEnded() || !criteria.left.contains(period.endDay().get()))
                    || criteria.founding && !index.isFounder(p.country())) {
                continue;
            }
            found.add(p.country());
        }
        return List.copyOf(found);
    }

    @Override
    CountryQuery newQuery(State<Country> state) {
        return new CountryQuery(state);
    }

    static CountryQuery of(ScoIndex index) {
        return new CountryQuery(State.start(index, Criteria.NONE));
    }
}
