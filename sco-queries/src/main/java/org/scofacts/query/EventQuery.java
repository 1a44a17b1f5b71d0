package org.scofacts.query;

import java.time.LocalDate;
import java.util.List;
import org.scofacts.model.Event;
import org.scofacts.model.EventKind;

/**
 * Forums, exercises, operations, consultations, conferences and milestones. Start from
 * {@link Sco#events()}. Answers are in order of their start.
 *
 * @since 0.1.0
 */
public final class EventQuery extends Query<EventQuery, Event> {

    record Criteria(EventKind kind, DayRange between) implements Query.Scan<Event> {

        static final Criteria NONE = new Criteria(null, null);

        Criteria withKind(EventKind value) { return new Criteria(value, between); }
        Criteria withBetween(DayRange value) { return new Criteria(kind, value); }

        @Override
        public List<Event> candidates(ScoIndex index) {
            return index.dataset().events();
        }

        @Override
        public boolean test(Event e) {
            return (kind == null || e.kind() == kind)
                    && (between == null || between.overlaps(e.period().startDay(), e.period().endDay()));
        }

        @Override
        public void describe(StringBuilder question) {
            question.append("events()");
            step(question, "kind", kind);
            step(question, "between", between);
        }
    }

    private EventQuery(State<Event> state) {
        super(state);
    }

    private Criteria criteria() {
        return (Criteria) state().criteria();
    }

    /**
     * Events of one kind; replaces any kind given before.
     *
     * @param kind the kind
     * @return a new query
     * @throws NullPointerException if the kind is null
     */
    public EventQuery kind(EventKind kind) {
        return with(criteria().withKind(Args.nonNull(kind, "kind")));
    }

    /**
     * Events taking place on at least one day of a range; replaces any range given before.
     *
     * @param fromInclusive the first day of the range
     * @param toExclusive   the first day after the range
     * @return a new query
     * @throws NullPointerException     if a day is null
     * @throws IllegalArgumentException if the range ends before it starts
     */
    public EventQuery between(LocalDate fromInclusive, LocalDate toExclusive) {
        return with(criteria().withBetween(DayRange.of(fromInclusive, toExclusive)));
    }

    @Override
    EventQuery newQuery(State<Event> state) {
        return new EventQuery(state);
    }

    static EventQuery of(ScoIndex index) {
        return new EventQuery(State.start(index, Criteria.NONE));
    }
}
