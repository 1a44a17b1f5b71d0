package org.scofacts.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        Criteria c = criteria;
        List<Appointment> found = new ArrayList<>();
        for (Appointment a : index.dataset().appointments()) {
            if ((c.post == null || a.post() == c.post)
                    && (c.servingOn == null || a.isServingOn(c.servingOn))
                    && (c.nominatedBy == null || a.nominatedBy().alpha2().equals(c.nominatedBy.alpha2()))) {
                found.add(a);
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
        question.append("appointments()");
        step(question, "post", criteria.post);
        step(question, "servingOn", criteria.servingOn);
        step(question, "nominatedBy", criteria.nominatedBy == null ? null : criteria.nominatedBy.alpha2());
    }
}
