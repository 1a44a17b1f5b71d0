package org.scofacts.model;

import java.util.List;
import java.util.Optional;

/**
 * An SCO body: a council, a permanent body or a non-governmental structure.
 *
 * @param id          the stable identifier
 * @param name        the English name
 * @param kind        the kind of body
 * @param seat        where it sits, for bodies with a seat
 * @param established when it was established or began work, where known
 * @param sources     the sources that back the fact
 * @since 0.1.0
 */
public record Body(FactId id, String name, BodyKind kind, Optional<Place> seat, Optional<PartialDate> established,
                   List<Source> sources) implements Fact {

    /**
     * Validates the body.
     *
     * @param id see {@link #id()}
     * @param name see {@link #name()}
     * @param kind see {@link #kind()}
     * @param seat see {@link #seat()}
     * @param established see {@link #established()}
     * @param sources see {@link #sources()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the name is blank or no source is cited
     */
    public Body {
        Checks.nonNull(id, "id");
        Checks.nonBlank(name, "name");
        Checks.nonNull(kind, "kind");
        Checks.optional(seat, "seat");
        Checks.optional(established, "established");
        sources = Checks.sources(sources, id.value());
    }

    /**
     * The name, the seat's city and the date established, without the sources:
     * {@code SCO Secretariat, Beijing, since 2004-01-15}.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        return name + seat.map(s -> ", " + s.city()).orElse("") + established.map(d -> ", since " + d).orElse("");
    }

    /**
     * When the fact starts: when it was established, where known.
     *
     * @return the start, or empty where the dataset does not record one
     */
    @Override
    public Optional<PartialDate> start() {
        return established;
    }
}
