package org.scofacts.model;

import java.util.List;
import java.util.Optional;

/**
 * A document signed or adopted in the SCO: the Charter, a convention, a summit declaration, a
 * strategy and so on.
 *
 * @param id          the stable identifier
 * @param title       the English title
 * @param kind        the kind of document
 * @param adopted     when it was signed or adopted, at the precision known
 * @param place       where it was signed or adopted, when known
 * @param inForce     when it entered into force, for documents that need ratification and where known
 * @param adoptedAt   the meeting that adopted it, when one did and the dataset records it
 * @param sources     the sources that back the fact
 * @param wikidataId the Wikidata item of the document, where one exists and was checked
 * @since 0.1.0
 */
public record Document(FactId id, String title, DocumentKind kind, PartialDate adopted, Optional<Place> place,
                       Optional<PartialDate> inForce, Optional<MeetingRef> adoptedAt, List<Source> sources,
        Optional<WikidataId> wikidataId)
        implements Fact {

    /**
     * Validates the document.
     *
     * @param id see {@link #id()}
     * @param title see {@link #title()}
     * @param kind see {@link #kind()}
     * @param adopted see {@link #adopted()}
     * @param place see {@link #place()}
     * @param inForce see {@link #inForce()}
     * @param adoptedAt see {@link #adoptedAt()}
     * @param sources see {@link #sources()}
     * @param wikidataId see {@link #wikidataId()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the title is blank, it certainly entered into force before it
     *                                  was adopted (at the precision of both dates), or no source is cited
     */
    public Document {
        Checks.nonNull(id, "id");
        Checks.nonBlank(title, "title");
        Checks.nonNull(kind, "kind");
        Checks.nonNull(adopted, "adopted");
        Checks.optional(place, "place");
        Checks.optional(inForce, "inForce");
        Checks.optional(adoptedAt, "adoptedAt");
        // Reject only what is certainly wrong: every day the entry into force could be lies before
        // every day the adoption could be.
        if (inForce.isPresent() && inForce.get().lastDay().isBefore(adopted.firstDay())) {
            throw new IllegalArgumentException(
                    "inForce " + inForce.get() + " is before adopted " + adopted + " of document " + id);
        }
        sources = Checks.sources(sources, id.value());
        Checks.optional(wikidataId, "wikidataId");
    }

    /**
     * A document without a recorded Wikidata item.
     *
     * @param id see {@link #id()}
     * @param title see {@link #title()}
     * @param kind see {@link #kind()}
     * @param adopted see {@link #adopted()}
     * @param place see {@link #place()}
     * @param inForce see {@link #inForce()}
     * @param adoptedAt see {@link #adoptedAt()}
     * @param sources see {@link #sources()}
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public Document(FactId id, String title, DocumentKind kind, PartialDate adopted, Optional<Place> place, Optional<PartialDate> inForce, Optional<MeetingRef> adoptedAt, List<Source> sources) {
        this(id, title, kind, adopted, place, inForce, adoptedAt, sources, Optional.empty());
    }

    /**
     * The title, the date adopted and the city: {@code Charter of the Shanghai Cooperation Organization,
     * adopted 2002-06-07, Saint Petersburg}.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        return title + ", adopted " + adopted + place.map(p -> ", " + p.city()).orElse("");
    }

    /**
     * When the fact starts: when it was adopted.
     *
     * @return the start, always present
     */
    @Override
    public Optional<PartialDate> start() {
        return Optional.of(adopted);
    }
}
