package org.scofacts.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person holding an SCO post for a term.
 *
 * @param id          the stable identifier
 * @param post        the post
 * @param holder      the holder's name in English, given name first
 * @param nominatedBy the member state that nominated the holder, where a source states it
 * @param term        the term of office, half-open; open while the holder serves
 * @param sources     the sources that back the fact
 * @param holderWikidataId the Wikidata item of the holder, where one exists and was checked
 * @since 0.1.0
 */
public record Appointment(FactId id, Post post, String holder, Optional<Country> nominatedBy, DateRange term,
                          List<Source> sources,
        Optional<WikidataId> holderWikidataId) implements Fact {

    /**
     * Validates the appointment.
     *
     * @param id see {@link #id()}
     * @param post see {@link #post()}
     * @param holder see {@link #holder()}
     * @param nominatedBy see {@link #nominatedBy()}
     * @param term see {@link #term()}
     * @param sources see {@link #sources()}
     * @param holderWikidataId see {@link #holderWikidataId()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the holder is blank or no source is cited
     */
    public Appointment {
        Checks.nonNull(id, "id");
        Checks.nonNull(post, "post");
        Checks.nonBlank(holder, "holder");
        Checks.optional(nominatedBy, "nominatedBy");
        Checks.nonNull(term, "term");
        sources = Checks.sources(sources, id.value());
        Checks.optional(holderWikidataId, "holderWikidataId");
    }

    /**
     * An appointment by a known nominating state, without a recorded Wikidata item.
     *
     * @param id see {@link #id()}
     * @param post see {@link #post()}
     * @param holder see {@link #holder()}
     * @param nominatedBy the state that nominated the holder, as a source states
     * @param term see {@link #term()}
     * @param sources see {@link #sources()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public Appointment(FactId id, Post post, String holder, Country nominatedBy, DateRange term, List<Source> sources) {
        this(id, post, holder, Optional.of(Checks.nonNull(nominatedBy, "nominatedBy")), term, sources,
                Optional.empty());
    }

    /**
     * Whether the holder served on a day (nominally, see {@link DateRange#contains(LocalDate)}).
     *
     * @param date the day
     * @return true if the term contains the day
     */
    public boolean isServingOn(LocalDate date) {
        return term.contains(date);
    }

    /**
     * The holder, the nominating state's code where recorded, the post and the term (last day included):
     * {@code Nurlan Yermekbayev (KZ), Secretary-General of the SCO, 2025-01-01..}.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        return holder + (nominatedBy.isPresent() ? " (" + nominatedBy.get().alpha2() + ")" : "") + ", " + post.title()
                + ", " + term;
    }

    /**
     * When the fact starts: the start of the term.
     *
     * @return the start, always present
     */
    @Override
    public Optional<PartialDate> start() {
        return Optional.of(term.start());
    }
}
