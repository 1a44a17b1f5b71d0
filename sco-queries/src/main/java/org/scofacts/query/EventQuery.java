package org.scofacts.query;

import java.time.LocalDate;
import java.util.List;
import org.scofacts.model.Event;
import org.scofacts.model.EventKind;

/**
 * Forums, exercises, operations, consultations, conferences and milestones. Start from
 * {@link Sco#events()}. Answers are in order of their start.
 */
public final class EventQuery extends FamilyQuery<EventQuery, Event, EventQuery.Criteria> {

    record Criteria(EventKind kind, DayRange between) implements FamilyQuery.Test<Event> {

        static final Criteria NONE = new Criteria(null, null);

        Criteria withKind(EventKind value) { return new Criteria(value, between); }
        Criteria withBetween(DayRange value) { return new Criteria(kind, value); }

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

    private EventQuery(Parts<Event, Criteria> parts) {
        super(parts);
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
    EventQuery newQuery(Parts<Event, Criteria> parts) {
        return new EventQuery(parts);
    }

    @Override
    List<Event> answers(ScoIndex index, Criteria criteria) {
        return scan(index.dataset().events(), criteria);
    }

    static EventQuery of(ScoIndex index) {
        return new EventQuery(Parts.start(index, Criteria.NONE));
    }
}
