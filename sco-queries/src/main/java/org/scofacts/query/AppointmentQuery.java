package org.scofacts.query;

import java.time.LocalDate;
import java.util.List;
import org.scofacts.model.Appointment;
import org.scofacts.model.Country;
import org.scofacts.model.Post;

/**
 * Who held an SCO post, when. Start from {@link Sco#appointments()}. Answers are in order of the start
 * of their term.
 *
 * @since 0.1.0
 */
public final class AppointmentQuery extends Query<AppointmentQuery, Appointment> {

    record Criteria(Post post, LocalDate servingOn, Country nominatedBy)
            implements Query.Scan<Appointment> {

        static final Criteria NONE = new Criteria(null, null, null);

        Criteria withPost(Post value) { return new Criteria(value, servingOn, nominatedBy); }
        Criteria withServingOn(LocalDate value) { return new Criteria(post, value, nominatedBy); }
        Criteria withNominatedBy(Country value) { return new Criteria(post, servingOn, value); }

        /** With a post, that post's terms from the index rather than every appointment. */
        @Override
        public List<Appointment> candidates(ScoIndex index) {
            return post == null ? index.dataset().appointments() : index.terms(post);
        }

        @Override
        public boolean test(Appointment a) {
            return (post == null || a.post() == post) && (servingOn == null || a.isServingOn(servingOn))
                    && matchesNominator(a);
        }

        boolean matchesNominator(Appointment a) {
            return nominatedBy == null
                    || a.nominatedBy().map(c -> c.alpha2().equals(nominatedBy.alpha2())).orElse(false);
        }

        @Override
        public void describe(StringBuilder question) {
            question.append("appointments()");
            step(question, "post", post);
            step(question, "servingOn", servingOn);
            step(question, "nominatedBy", nominatedBy == null ? null : nominatedBy.alpha2());
        }
    }

    private AppointmentQuery(State<Appointment> state) {
        super(state);
    }

    private Criteria criteria() {
        return (Criteria) state().criteria();
    }

    /**
     * Holders of one post; replaces any post given before.
     *
     * @param post the post
     * @return a new query
     * @throws NullPointerException if the post is null
     */
    public AppointmentQuery post(Post post) {
        return with(criteria().withPost(Args.nonNull(post, "post")));
    }

    /**
     * Holders whose term contains a day; replaces any day given before.
     *
     * @param date the day
     * @return a new query
     * @throws NullPointerException if the date is null
     */
    public AppointmentQuery servingOn(LocalDate date) {
        return with(criteria().withServingOn(Args.nonNull(date, "date")));
    }

    /**
     * Holders nominated by a member state; replaces any state given before.
     *
     * @param state the nominating state
     * @return a new query
     * @throws NullPointerException if the state is null
     */
    public AppointmentQuery nominatedBy(Country state) {
        return with(criteria().withNominatedBy(Args.nonNull(state, "state")));
    }

    @Override
    AppointmentQuery newQuery(State<Appointment> state) {
        return new AppointmentQuery(state);
    }

    static AppointmentQuery of(ScoIndex index) {
        return new AppointmentQuery(State.start(index, Criteria.NONE));
    }
}
