package org.scofacts.query;

import java.time.LocalDate;
import java.util.List;
import org.scofacts.model.Country;
import org.scofacts.model.DateRange;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;

/**
 * Status periods: which country held which status, when. Start from {@link Sco#statusPeriods()}. Answers
 * are in the dataset's order, by start day then country.
 *
 * <pre>{@code
 * Optional<StatusPeriod> india = sco.statusPeriods().country(sco.country("IN"))
 *                                   .withStatus(Status.MEMBER_STATE).first();   // from 2017-06-09
 * }</pre>
 *
 * @since 0.1.0
 */
public final class StatusPeriodQuery extends Query<StatusPeriodQuery, StatusPeriod> {

    record Criteria(Country country, Status status, LocalDate asOf, DateRange during)
            implements Query.Scan<StatusPeriod> {

        static final Criteria NONE = new Criteria(null, null, null, null);

        Criteria withCountry(Country value) { return new Criteria(value, status, asOf, during); }
        Criteria withStatus(Status value) { return new Criteria(country, value, asOf, during); }
        Criteria withAsOf(LocalDate value) { return new Criteria(country, status, value, during); }
        Criteria withDuring(DateRange value) { return new Criteria(country, status, asOf, value); }

        @Override
        public List<StatusPeriod> candidates(ScoIndex index) {
            return index.dataset().statusPeriods();
        }

        @Override
        public boolean test(StatusPeriod p) {
            return (country == null || p.country().alpha2().equals(country.alpha2()))
                    && (status == null || p.status() == status)
                    && (asOf == null || p.period().contains(asOf))
                    && (during == null || p.period().overlaps(during));
        }

        @Override
        public void describe(StringBuilder question) {
            question.append("statusPeriods()");
            step(question, "country", country == null ? null : country.alpha2());
            step(question, "withStatus", status);
            step(question, "asOf", asOf);
            step(question, "during", during);
        }
    }

    private StatusPeriodQuery(State<StatusPeriod> state) {
        super(state);
    }

    private Criteria criteria() {
        return (Criteria) state().criteria();
    }

    /**
     * The periods of one country; replaces any country given before.
     *
     * @param country the country
     * @return a new query
     * @throws NullPointerException if the country is null
     */
    public StatusPeriodQuery country(Country country) {
        return with(criteria().withCountry(Args.nonNull(country, "country")));
    }

    /**
     * The periods of one status; replaces any status given before.
     *
     * @param status the status
     * @return a new query
     * @throws NullPointerException if the status is null
     */
    public StatusPeriodQuery withStatus(Status status) {
        return with(criteria().withStatus(Args.nonNull(status, "status")));
    }

    /**
     * The periods in force on a day (each bound read as its first possible day); replaces any day given
     * before.
     *
     * @param date the day
     * @return a new query
     * @throws NullPointerException if the date is null
     */
    public StatusPeriodQuery asOf(LocalDate date) {
        return with(criteria().withAsOf(Args.nonNull(date, "date")));
    }

    /**
     * The periods in force on at least one day of a range; replaces any range given before.
     *
     * @param period the range, half-open
     * @return a new query
     * @throws NullPointerException if the range is null
     */
    public StatusPeriodQuery during(DateRange period) {
        return with(criteria().withDuring(Args.nonNull(period, "period")));
    }

    @Override
    StatusPeriodQuery newQuery(State<StatusPeriod> state) {
        return new StatusPeriodQuery(state);
    }

    static StatusPeriodQuery of(ScoIndex index) {
        return new StatusPeriodQuery(State.start(index, Criteria.NONE));
    }
}
