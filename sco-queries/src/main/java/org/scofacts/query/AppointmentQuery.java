package org.scofacts.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.scofacts.model.Appointment;
import org.scofacts.model.Country;
import org.scofacts.model.Post;

/**
 * Who held an SCO post, when. Start from {@link Sco#appointments()}. Answers are in order of the start
 * of their term.
 */
public final class AppointmentQuery extends FamilyQuery<AppointmentQuery, Appointment, AppointmentQuery.Criteria> {

    record Criteria(Post post, LocalDate servingOn, Country nominatedBy)
            implements FamilyQuery.Test<Appointment> {

        static final Criteria NONE = new Criteria(null, null, null);

        Criteria withPost(Post value) { return new Criteria(value, servingOn, nominatedBy); }
        Criteria withServingOn(LocalDate value) { return new Criteria(post, value, nominatedBy); }
        Criteria withNominatedBy(Country value) { return new Criteria(post, servingOn, value); }

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

    private AppointmentQuery(Parts<Appointment, Criteria> parts) {
        super(parts);
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

    /** With a post, walks that post's terms in the index instead of scanning every appointment. */
    @Override
    List<Appointment> answers(ScoIndex index, Criteria criteria) {
        if (criteria.post == null) {
            return scan(index.dataset().appointments(), criteria);
        }
        PostTerms.Terms terms = index.terms(criteria.post);
        List<Appointment> found = new ArrayList<>(2);
        for (int i = nextMatch(terms, 0, criteria); i >= 0; i = nextMatch(terms, i + 1, criteria)) {
            found.add(terms.appointments[i]);
        }
        return Collections.unmodifiableList(found);
    }

    @Override
    Optional<Appointment> runFirst() {
        if (criteria().post == null) {
            return super.runFirst();
        }
        PostTerms.Terms terms = index.terms(criteria().post);
        int first = nextMatch(terms, 0, criteria());
        return first < 0 ? Optional.empty() : Optional.of(terms.appointments[first]);
    }

    /** The next term of the post, from index {@code from} on, that meets the criteria; -1 when none does. */
    private static int nextMatch(PostTerms.Terms terms, int from, Criteria criteria) {
        for (int i = from; i < terms.appointments.length; i++) {
            if ((criteria.servingOn == null || terms.appointments[i].term().contains(criteria.servingOn))
                    && criteria.matchesNominator(terms.appointments[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    AppointmentQuery newQuery(Parts<Appointment, Criteria> parts) {
        return new AppointmentQuery(parts);
    }

    static AppointmentQuery of(ScoIndex index) {
        return new AppointmentQuery(Parts.start(index, Criteria.NONE));
    }
}
