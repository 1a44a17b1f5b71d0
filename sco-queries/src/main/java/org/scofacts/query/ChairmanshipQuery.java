package org.scofacts.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.Country;

/**
 * Which member state presided over the SCO, when. Start from {@link Sco#chairmanships()}. Answers are
 * in order of the start of their term.
 */
public final class ChairmanshipQuery extends Query<ChairmanshipQuery, Chairmanship> {

    private record Criteria(LocalDate on, Country presidedBy) {
    }

    private final Criteria criteria;

    private ChairmanshipQuery(ScoIndex index, Criteria criteria, List<Predicate<? super Chairmanship>> conditions,
                              Comparator<? super Chairmanship> order) {
        super(index, conditions, order);
        this.criteria = criteria;
    }

    static ChairmanshipQuery of(ScoIndex index) {
        return new ChairmanshipQuery(index, new Criteria(null, null), List.of(), null);
    }

    /**
     * The chairmanship whose term contains a day; replaces any day given before.
     *
     * @param date the day
     * @return a new query
     * @throws NullPointerException if the date is null
     */
    public ChairmanshipQuery on(LocalDate date) {
        Args.nonNull(date, "date");
        return new ChairmanshipQuery(index, new Criteria(date, criteria.presidedBy), conditions(), order());
    }

    /**
     * The terms of one presiding state; replaces any state given before.
     *
     * @param state the presiding state
     * @return a new query
     * @throws NullPointerException if the state is null
     */
    public ChairmanshipQuery presidedBy(Country state) {
        Args.nonNull(state, "state");
        return new ChairmanshipQuery(index, new Criteria(criteria.on, state), conditions(), order());
    }

    @Override
    ChairmanshipQuery with(List<Predicate<? super Chairmanship>> conditions,
                           Comparator<? super Chairmanship> order) {
        return new ChairmanshipQuery(index, criteria, conditions, order);
    }

    @Override
    List<Chairmanship> run() {
        Criteria c = criteria;
        List<Chairmanship> found = new ArrayList<>();
        for (Chairmanship ch : index.dataset().chairmanships()) {
            if ((c.on == null || ch.term().contains(c.on))
                    && (c.presidedBy == null || ch.presidingState().alpha2().equals(c.presidedBy.alpha2()))) {
                found.add(ch);
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
        question.append("chairmanships()");
        step(question, "on", criteria.on);
        step(question, "presidedBy", criteria.presidedBy == null ? null : criteria.presidedBy.alpha2());
    }
}
