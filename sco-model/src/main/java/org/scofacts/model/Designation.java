package org.scofacts.model;

import java.util.List;
import java.util.Optional;

/**
 * A themed year or a tourism and cultural capital, with the period it covers.
 *
 * @param id      the stable identifier
 * @param kind    the kind of designation
 * @param name    the English name, such as {@code SCO Year of Ecology}
 * @param place   the city designated, for capitals
 * @param period  the period the designation covers, half-open
 * @param sources the sources that back the fact
 * @since 0.1.0
 */
public record Designation(FactId id, DesignationKind kind, String name, Optional<Place> place, DateRange period,
                          List<Source> sources) implements Fact {

    /**
     * Validates the designation.
     *
     * @param id see {@link #id()}
     * @param kind see {@link #kind()}
     * @param name see {@link #name()}
     * @param place see {@link #place()}
     * @param period see {@link #period()}
     * @param sources see {@link #sources()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is blank, a capital has no place, or no source is cited
     */
    public Designation {
        Checks.nonNull(id, "id");
        Checks.nonNull(kind, "kind");
        Checks.nonBlank(name, "name");
        Checks.optional(place, "place");
        if (kind == DesignationKind.TOURISM_AND_CULTURAL_CAPITAL && place.isEmpty()) {
            throw new IllegalArgumentException("place must be given for tourism and cultural capital " + id);
        }
        Checks.nonNull(period, "period");
        sources = Checks.sources(sources, id.value());
    }

    /**
     * The name, the city for a capital, and the period (last day included):
     * {@code SCO Year of Ecology, 2024}, {@code SCO tourism and cultural capital, Qingdao, 2024}.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        return name + place.map(p -> ", " + p.city()).orElse("") + ", " + period;
    }

    /**
     * When the fact starts: the start of the period.
     *
     * @return the start, always present
     */
    @Override
    public Optional<PartialDate> start() {
        return Optional.of(period.start());
    }
}
