package org.scofacts.model;

import java.util.List;
import java.util.Optional;

/**
 * A formal tie between the SCO and another international organisation: a memorandum, a joint
 * declaration, a resolution or a status the other organisation granted.
 *
 * @param id           the stable identifier
 * @param organisation the English name of the other organisation, or of its body that is party to the tie
 * @param kind         the kind of tie
 * @param title        what was signed, adopted or granted, in a few English words
 * @param date         when, at the precision the sources give
 * @param place        where, when known
 * @param sources      the sources that back the fact
 * @since 0.1.0
 */
public record Partnership(FactId id, String organisation, PartnershipKind kind, String title, PartialDate date,
                          Optional<Place> place, List<Source> sources) implements Fact {

    /**
     * Validates the partnership.
     *
     * @param id see {@link #id()}
     * @param organisation see {@link #organisation()}
     * @param kind see {@link #kind()}
     * @param title see {@link #title()}
     * @param date see {@link #date()}
     * @param place see {@link #place()}
     * @param sources see {@link #sources()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the organisation or the title is blank, or no source is cited
     */
    public Partnership {
        Checks.nonNull(id, "id");
        Checks.nonBlank(organisation, "organisation");
        Checks.nonNull(kind, "kind");
        Checks.nonBlank(title, "title");
        Checks.nonNull(date, "date");
        Checks.optional(place, "place");
        sources = Checks.sources(sources, id.value());
    }

    /**
     * The title, the other organisation and the date:
     * {@code Memorandum of understanding (ASEAN Secretariat), 2005-04-21}.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        return title + " (" + organisation + "), " + date;
    }

    /**
     * When the fact starts: the date of the tie.
     *
     * @return the start, always present
     */
    @Override
    public Optional<PartialDate> start() {
        return Optional.of(date);
    }
}
