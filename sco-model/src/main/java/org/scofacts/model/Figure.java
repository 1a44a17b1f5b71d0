package org.scofacts.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A quantitative claim, such as the member states' share of world population, with its unit, the
 * date it refers to and its source.
 *
 * @param id            the stable identifier
 * @param measure       what is measured, in English, such as {@code member states' share of world population}
 * @param bound         how the source qualifies the value
 * @param value         the value, in {@code unit}s (not thousands or billions)
 * @param unit          the unit
 * @param referenceDate the date the value refers to, at the precision known
 * @param sources       the sources that back the fact
 */
public record Figure(FactId id, String measure, Bound bound, BigDecimal value, Unit unit, PartialDate referenceDate,
                     List<Source> sources) implements Fact {

    /**
     * Validates the figure.
     *
     * @param id see {@link #id()}
     * @param measure see {@link #measure()}
     * @param bound see {@link #bound()}
     * @param value see {@link #value()}
     * @param unit see {@link #unit()}
     * @param referenceDate see {@link #referenceDate()}
     * @param sources see {@link #sources()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the measure is blank, the value is negative,
     *                                  or no source is cited
     */
    public Figure {
        Checks.nonNull(id, "id");
        Checks.nonBlank(measure, "measure");
        Checks.nonNull(bound, "bound");
        Checks.nonNull(value, "value");
        Checks.nonNull(unit, "unit");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("value of figure " + id + " must not be negative, was " + value);
        }
        Checks.nonNull(referenceDate, "referenceDate");
        sources = Checks.sources(sources, id.value());
    }
}
