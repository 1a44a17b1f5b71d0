package org.scofacts.model;

import java.util.List;
import java.util.Optional;

/**
 * A member state presiding over the SCO for a term. The chair passes at the close of each summit
 * of the Council of Heads of State, as a rule to the state that hosts the next one. A term starts on
 * the closing day of the summit that handed it over, as the sources date the handovers (Russia assumed
 * the chair on 14 June 2019, the closing day at Bishkek), and ends, exclusively, on the closing day of
 * the next summit: on a handover day the incoming chair holds the term.
 *
 * <p>The rule has had an exception: the summit of 29 May 2003 moved from Astana to Moscow, and
 * Kazakhstan's president chaired it as the presiding state while Russia hosted it. A term records
 * such a summit in {@link #summitHostedElsewhere()}; its sources must state it.
 *
 * @param id                    the stable identifier
 * @param presidingState        the state that presides
 * @param term                  the term, half-open; it starts on the closing day of the summit that handed it over
 * @param sources               the sources that back the fact, each naming the presiding state
 * @param summitHostedElsewhere the summit of the Council of Heads of State this term's chair presided
 *                              over although another state hosted it, as the sources state; empty as
 *                              a rule
 * @since 0.1.0
 */
public record Chairmanship(FactId id, Country presidingState, DateRange term, List<Source> sources,
                           Optional<MeetingRef> summitHostedElsewhere) implements Fact {

    /**
     * Validates the chairmanship.
     *
     * @param id see {@link #id()}
     * @param presidingState see {@link #presidingState()}
     * @param term see {@link #term()}
     * @param sources see {@link #sources()}
     * @param summitHostedElsewhere see {@link #summitHostedElsewhere()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if no source is cited
     */
    public Chairmanship {
        Checks.nonNull(id, "id");
        Checks.nonNull(presidingState, "presidingState");
        Checks.nonNull(term, "term");
        sources = Checks.sources(sources, id.value());
        Checks.optional(summitHostedElsewhere, "summitHostedElsewhere");
    }

    /**
     * A term whose chair hosted the summit it presided over, as the rule has it.
     *
     * @param id see {@link #id()}
     * @param presidingState see {@link #presidingState()}
     * @param term see {@link #term()}
     * @param sources see {@link #sources()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if no source is cited
     */
    public Chairmanship(FactId id, Country presidingState, DateRange term, List<Source> sources) {
        this(id, presidingState, term, sources, Optional.empty());
    }

    /**
     * The presiding state and the term (last day included): {@code chair Kyrgyzstan (KG), 2025-09-01..}.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        return "chair " + presidingState + ", " + term;
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
