package org.scofacts.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.scofacts.model.Appointment;
import org.scofacts.model.Country;
import org.scofacts.model.Post;

/**
 * Who held an SCO post, when. Start from {@link Sco#appointments()}. Answers are in order of the start
 * of their term.
 */
public final class AppointmentQuery extends Query<AppointmentQuery, Appointment> {

    private record Criteria(Post post, LocalDate servingOn, Country nominatedBy) {
    }

    private final Criteria criteria;

    private AppointmentQuery(ScoIndex index, Criteria criteria, List<Predicate<? super Appointment>> conditions,
                             Comparator<? super Appointment> order) {
        super(index, conditions, order);
        this.criteria = criteria;
    }

    static AppointmentQuery of(ScoIndex index) {
        return new AppointmentQuery(index, new Criteria(null, null, null), List.of(), null);
    }

    private AppointmentQuery with(Criteria changed) {
        return new AppointmentQuery(index, changed, conditions(), order());
    }

    /**
     * Holders of one post; replaces any post given before.
     *
     * @param post the post
     * @return a new query
     * @throws NullPointerException if the post is null
     */
    public AppointmentQuery post(Post post) {
        Args.nonNull(post, "post");
        return with(new Criteria(post, criteria.servingOn, criteria.nominatedBy));
    }

    /**
     * Holders whose term contains a day; replaces any day given before.
     *
     * @param date the day
     * @return a new query
     * @throws NullPointerException if the date is null
     */
    public AppointmentQuery servingOn(LocalDate date) {
        Args.nonNull(date, "date");
        return with(new Criteria(criteria.post, date, criteria.nominatedBy));
    }

    /**
     * Holders nominated by a member state; replaces any state given before.
     *
     * @param state the nominating state
     * @return a new query
     * @throws NullPointerException if the state is null
     */
    public AppointmentQuery nominatedBy(Country state) {
        Args.nonNull(state, "state");
        return with(new Criteria(criteria.post, criteria.servingOn, state));
    }

    @Override
    AppointmentQuery with(List<Predicate<? super Appointment>> conditions, Comparator<? super Appointment> order) {
        return new AppointmentQuery(index, criteria, conditions, order);
    }

    @Override
    List<Appointment> run() {
        if (criteria.post == null) {
            List<Appointment> found = new ArrayList<>();
            for (Appointment a : index.dataset().appointments()) {
                if ((criteria.servingOn == null || a.isServingOn(criteria.servingOn)) && matchesNominator(a)) {
                    found.add(a);
                }
            }
            return Collections.unmodifiableList(found);
        }
        ScoIndex.Terms terms = index.terms(criteria.post);
        List<Appointment> found = new ArrayList<>(2);
        for (int i = nextMatch(terms, 0); i >= 0; i = nextMatch(terms, i + 1)) {
            found.add(terms.appointments[i]);
        }
        return Collections.unmodifiableList(found);
    }

    @Override
    Optional<Appointment> runFirst() {
        if (criteria.post == null) {
            return super.runFirst();
        }
        ScoIndex.Terms terms = index.terms(criteria.post);
        int first = nextMatch(terms, 0);
        return first < 0 ? Optional.empty() : Optional.of(terms.appointments[first]);
    }

    /** The next term of the post, from index {@code from} on, that meets the criteria; -1 when none does. */
    private int nextMatch(ScoIndex.Terms terms, int from) {
        long day = criteria.servingOn == null ? 0 : criteria.servingOn.toEpochDay();
        for (int i = from; i < terms.appointments.length; i++) {
            if ((criteria.servingOn == null || terms.starts[i] <= day && day < terms.ends[i])
                    && matchesNominator(terms.appointments[i])) {
                return i;
            }
        }
        return -1;
    }

    private boolean matchesNominator(Appointment a) {
        return criteria.nominatedBy == null || a.nominatedBy().alpha2().equals(criteria.nominatedBy.alpha2());
    }

    @Override
    Object criteria() {
        return criteria;
    }

    @Override
    void describe(StringBuilder question) {
        question.append("appointments()");
        step(question, "post", criteria.post);
        step(question, "servingOn", criteria.servingOn);
        step(question, "nominatedBy", criteria.nominatedBy == null ? null : criteria.nominatedBy.alpha2());
    }
}
