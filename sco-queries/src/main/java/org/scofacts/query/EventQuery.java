package org.scofacts.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.scofacts.model.Event;
import org.scofacts.model.EventKind;

/**
 * Forums, exercises, operations, consultations, conferences and milestones. Start from
 * {@link Sco#events()}. Answers are in order of their start.
 */
public final class EventQuery extends Query<EventQuery, Event> {

    private record Criteria(EventKind kind, LocalDate from, LocalDate to) {
    }

    private final Criteria criteria;

    private EventQuery(ScoIndex index, Criteria criteria, List<Predicate<? super Event>> conditions,
                       Comparator<? super Event> order) {
        super(index, conditions, order);
        this.criteria = criteria;
    }

    static EventQuery of(ScoIndex index) {
        return new EventQuery(index, new Criteria(null, null, null), List.of(), null);
    }

    /**
     * Events of one kind; replaces any kind given before.
     *
     * @param kind the kind
     * @return a new query
     * @throws NullPointerException if the kind is null
     */
    public EventQuery kind(EventKind kind) {
        Args.nonNull(kind, "kind");
        return new EventQuery(index, new Criteria(kind, criteria.from, criteria.to), conditions(), order());
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
        Args.range(fromInclusive, toExclusive);
        return new EventQuery(index, new Criteria(criteria.kind, fromInclusive, toExclusive), conditions(), order());
    }

    @Override
    EventQuery with(List<Predicate<? super Event>> conditions, Comparator<? super Event> order) {
        return new EventQuery(index, criteria, conditions, order);
    }

    @Override
    List<Event> run() {
        Criteria c = criteria;
        List<Event> found = new ArrayList<>();
        for (Event e : index.dataset().events()) {
            if ((c.kind == null || e.kind() == c.kind)
                    && (c.from == null || c.from.isBefore(c.to) && e.period().startDay().isBefore(c.to)
                        && e.period().endDay().map(end -> end.isAfter(c.from)).orElse(true))) {
                found.add(e);
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
        question.append("events()");
        step(question, "kind", criteria.kind);
        range(question, "between", criteria.from, criteria.to);
    }
}
