package org.scofacts.query;

import java.time.LocalDate;
import java.util.List;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.Country;

/**
 * Which member state presided over the SCO, when. Start from {@link Sco#chairmanships()}. Answers are
 * in order of the start of their term.
 *
 * @since 0.1.0
 */
public final class ChairmanshipQuery extends Query<ChairmanshipQuery, Chairmanship> {

    record Criteria(LocalDate on, Country presidedBy) implements Query.Scan<Chairmanship> {

        static final Criteria NONE = new Criteria(null, null);

        Criteria withOn(LocalDate value) { return new Criteria(value, presidedBy); }
        Criteria withPresidedBy(Country value) { return new Criteria(on, value); }

        @Override
        public List<Chairmanship> candidates(ScoIndex index) {
            return index.dataset().chairmanships();
        }

        @Override
        public boolean test(Chairmanship ch) {
            return (on == null || ch.term().contains(on))
                    && (presidedBy == null || ch.presidingState().alpha2().equals(presidedBy.alpha2()));
        }

        @Override
        public void describe(StringBuilder question) {
            question.append("chairmanships()");
            step(question, "on", on);
            step(question, "presidedBy", presidedBy == null ? null : presidedBy.alpha2());
        }
    }

    private ChairmanshipQuery(State<Chairmanship> state) {
        super(state);
    }

    private Criteria criteria() {
        return (Criteria) state().criteria();
    }

    /**
     * The chairmanship whose term contains a day; replaces any day given before.
     *
     * @param date the day
     * @return a new query
     * @throws NullPointerException if the date is null
     */
    public ChairmanshipQuery on(LocalDate date) {
        return with(criteria().withOn(Args.nonNull(date, "date")));
    }

    /**
     * The terms of one presiding state; replaces any state given before.
     *
     * @param state the presiding state
     * @return a new query
     * @throws NullPointerException if the state is null
     */
    public ChairmanshipQuery presidedBy(Country state) {
        return with(criteria().withPresidedBy(Args.nonNull(state, "state")));
    }

    @Override
    ChairmanshipQuery newQuery(State<Chairmanship> state) {
        return new ChairmanshipQuery(state);
    }

    static ChairmanshipQuery of(ScoIndex index) {
        return new ChairmanshipQuery(State.start(index, Criteria.NONE));
    }
}
