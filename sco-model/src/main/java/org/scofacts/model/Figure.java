package org.scofacts.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A quantitative claim, such as the member states' share of world population, with its unit, the
 * date it refers to and its source. Each figure's value appears in a source it cites. Where the value is
 * what an official said rather than an established number, {@link #claimedBy()} names the speaker and
 * the day.
 *
 * @param id            the stable identifier
 * @param kind          what is measured, as a type
 * @param measure       what is measured, in English, such as {@code member states' share of world population}
 * @param bound         how the source qualifies the value
 * @param value         the value, in {@code unit}s (not thousands or billions)
 * @param unit          the unit
 * @param referenceDate the date the value refers to, at the precision known
 * @param sources       the sources that back the fact
 * @param claimedBy     who stated the value and when, where the figure is a claim by a named speaker
 * @since 0.1.0
 */
public record Figure(FactId id, Measure kind, String measure, Bound bound, BigDecimal value, Unit unit,
                     PartialDate referenceDate, List<Source> sources, Optional<Claim> claimedBy) implements Fact {

    /**
     * Validates the figure.
     *
     * @param id see {@link #id()}
     * @param kind see {@link #kind()}
     * @param measure see {@link #measure()}
     * @param bound see {@link #bound()}
     * @param value see {@link #value()}
     * @param unit see {@link #unit()}
     * @param referenceDate see {@link #referenceDate()}
     * @param sources see {@link #sources()}
     * @param claimedBy see {@link #claimedBy()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the measure is blank, the value is negative,
     *                                  or no source is cited
     */
    public Figure {
        Checks.nonNull(id, "id");
        Checks.nonNull(kind, "kind");
        Checks.nonBlank(measure, "measure");
        Checks.nonNull(bound, "bound");
        Checks.nonNull(value, "value");
        Checks.nonNull(unit, "unit");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("value of figure " + id + " must not be negative, was " + value);
        }
        Checks.nonNull(referenceDate, "referenceDate");
        sources = Checks.sources(sources, id.value());
        Checks.optional(claimedBy, "claimedBy");
    }

    /**
     * A figure that is not recorded as a claim by a named speaker.
     *
     * @param id see {@link #id()}
     * @param kind see {@link #kind()}
     * @param measure see {@link #measure()}
     * @param bound see {@link #bound()}
     * @param value see {@link #value()}
     * @param unit see {@link #unit()}
     * @param referenceDate see {@link #referenceDate()}
     * @param sources see {@link #sources()}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public Figure(FactId id, Measure kind, String measure, Bound bound, BigDecimal value, Unit unit,
                  PartialDate referenceDate, List<Source> sources) {
        this(id, kind, measure, bound, value, unit, referenceDate, sources, Optional.empty());
    }

    /**
     * What is measured, the value as a plain decimal (never in exponent notation) with its qualifier and
     * unit, and the date it refers to: {@code member states' share of world population: about 42 %
     * (2024)}, {@code GDP of the member states: 18400000000000 US dollars (2023)}.
     *
     * @return one short line
     */
    @Override
    public String toString() {
        String unitText = unitText(unit);
        return measure + ": " + boundText(bound) + value.toPlainString() + (unitText.isEmpty() ? "" : " " + unitText)
                + " (" + referenceDate + ")";
    }

    private static String boundText(Bound bound) {
        switch (bound) {
            case ABOUT:
                return "about ";
            case MORE_THAN:
                return "more than ";
            case AT_LEAST:
                return "at least ";
            case UP_TO:
                return "up to ";
            default:
                return "";
        }
    }

    private static String unitText(Unit unit) {
        switch (unit) {
            case COUNT:
                return "";
            case PEOPLE:
                return "people";
            case PERCENT:
                return "%";
            case US_DOLLARS:
                return "US dollars";
            case YUAN:
                return "yuan";
            case SQUARE_KILOMETRES:
                return "km²";
            default:
                return unit.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * When the fact starts: the date the figure refers to.
     *
     * @return the start, always present
     */
    @Override
    public Optional<PartialDate> start() {
        return Optional.of(referenceDate);
    }
}
