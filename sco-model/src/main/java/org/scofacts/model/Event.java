package org.scofacts.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An SCO event other than a council meeting: a forum, an exercise, an operation, consultations.
 *
 * @param id      the stable identifier
 * @param kind    the kind of event
 * @param name    the English name
 * @param period  when it took place, half-open
 * @param place   where it took place, when known
 * @param sources the sources that back the fact
 * @param participants the states that took part, as the sources list them; empty when no source does
 * @since 0.1.0
 */
public record Event(FactId id, EventKind kind, String name, DateRange period, Optional<Place> place,
                    List<Source> sources, List<Country> participants) implements Fact {

    /**
     * Validates the event.
     *
     * @param id see {@link #id()}
     * @param kind see {@link #kind()}
     * @param name see {@link #name()}
     * @param period see {@link #period()}
     * @param place see {@link #place()}
     * @param sources see {@link #sources()}
     * @param participants see {@link #participants()}
     * @throws NullPointerException     if an argument or a participant is null
     * @throws IllegalArgumentException if the name is blank, no source is cited or a participant is
     *                                  listed twice
     */
    public Event {
        Checks.nonNull(id, "id");
        Checks.nonNull(kind, "kind");
        Checks.nonBlank(name, "name");
        Checks.nonNull(period, "period");
        Checks.optional(place, "place");
        sources = Checks.sources(sources, id.value());
        participants = Checks.list(participants, "participants");
        Set<String> codes = new HashSet<>();
        for (Country c : participants) {
            if (!codes.add(c.alpha2())) {
                throw new IllegalArgumentException("participants of event " + id + " list a state twice: "
                        + c.alpha2());
            }
        }
    }

    /**
     * An event whose participating states no source lists.
     *
     * @param id see {@link #id()}
     * @param kind see {@link #kind()}
     * @param name see {@link #name()}
     * @param period see {@link #period()}
     * @param place see {@link #place()}
     * @param sources see {@link #sources()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is blank or no source is cited
     */
    public Event(FactId id, EventKind kind, String name, DateRange period, Optional<Place> place,
                 List<Source> sources) {
        this(id, kind, name, period, place, sources, List.of());
    }

    /**
     * The name, the city where known and the days (last day included):
     * {@code Peace Mission 2024, Chelyabinsk, 2024-09-11..2024-09-15}.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        return name + place.map(p -> ", " + p.city()).orElse("") + ", " + period;
    }

    /**
     * When the fact starts: the start of the event.
     *
     * @return the start, always present
     */
    @Override
    public Optional<PartialDate> start() {
        return Optional.of(period.start());
    }
}
