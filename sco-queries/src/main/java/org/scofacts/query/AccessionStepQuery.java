package org.scofacts.query;

import java.util.List;
import org.scofacts.model.AccessionStep;
import org.scofacts.model.AccessionStepKind;
import org.scofacts.model.Country;

/**
 * The steps of states' accession: application, the decision launching the procedure, the memorandum of
 * obligations, admission and the steps between. Start from {@link Sco#accessionSteps()}. Answers are in
 * date order.
 *
 * @since 0.1.0
 */
public final class AccessionStepQuery extends Query<AccessionStepQuery, AccessionStep> {

    record Criteria(Country country, AccessionStepKind kind) implements Query.Scan<AccessionStep> {

        static final Criteria NONE = new Criteria(null, null);

        Criteria withCountry(Country value) { return new Criteria(value, kind); }
        Criteria withKind(AccessionStepKind value) { return new Criteria(country, value); }

        @Override
        public List<AccessionStep> candidates(ScoIndex index) {
            return index.dataset().accessionSteps();
        }

        @Override
        public boolean test(AccessionStep s) {
            return (country == null || s.country().alpha2().equals(country.alpha2()))
                    && (kind == null || s.kind() == kind);
        }

        @Override
        public void describe(StringBuilder question) {
            question.append("accessionSteps()");
            step(question, "country", country == null ? null : country.alpha2());
            step(question, "kind", kind);
        }
    }

    private AccessionStepQuery(State<AccessionStep> state) {
        super(state);
    }

    private Criteria criteria() {
        return (Criteria) state().criteria();
    }

    /**
     * The steps of one state; replaces any state given before.
     *
     * @param country the acceding state
     * @return a new query
     * @throws NullPointerException if the country is null
     */
    public AccessionStepQuery country(Country country) {
        return with(criteria().withCountry(Args.nonNull(country, "country")));
    }

    /**
     * Steps of one kind; replaces any kind given before.
     *
     * @param kind the kind
     * @return a new query
     * @throws NullPointerException if the kind is null
     */
    public AccessionStepQuery kind(AccessionStepKind kind) {
        return with(criteria().withKind(Args.nonNull(kind, "kind")));
    }

    @Override
    AccessionStepQuery newQuery(State<AccessionStep> state) {
        return new AccessionStepQuery(state);
    }

    static AccessionStepQuery of(ScoIndex index) {
        return new AccessionStepQuery(State.start(index, Criteria.NONE));
    }
}
