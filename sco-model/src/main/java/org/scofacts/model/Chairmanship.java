package org.scofacts.model;

import java.util.List;

/**
 * A member state presiding over the SCO for a term. The chair passes at the close of each summit
 * of the Council of Heads of State to the state that hosts the next one.
 *
 * @param id             the stable identifier
 * @param presidingState the state that presides
 * @param term           the term, half-open; it starts the day after the summit that handed over
 * @param sources        the sources that back the fact
 */
public record Chairmanship(FactId id, Country presidingState, DateRange term, List<Source> sources) implements Fact {

    /**
     * Validates the chairmanship.
     *
     * @param id see {@link #id()}
     * @param presidingState see {@link #presidingState()}
     * @param term see {@link #term()}
     * @param sources see {@link #sources()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if no source is cited
     */
    public Chairmanship {
        Checks.nonNull(id, "id");
        Checks.nonNull(presidingState, "presidingState");
        Checks.nonNull(term, "term");
        sources = Checks.sources(sources, id.value());
    }

    /**
     * The presiding state and the term (last day included): {@code chair Kyrgyzstan (KG), 2025-09-02..}.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        return "chair " + presidingState + ", " + term;
    }
}
