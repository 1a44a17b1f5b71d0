package org.scofacts.query;

import java.util.List;
import org.scofacts.model.Figure;
import org.scofacts.model.Measure;
import org.scofacts.model.Unit;

/**
 * Quantitative claims: member counts, population shares, trade. Start from {@link Sco#figures()}.
 * Answers are in order of the date they refer to.
 *
 * @since 0.1.0
 */
public final class FigureQuery extends Query<FigureQuery, Figure> {

    record Criteria(Measure kind, String measure, Integer year, Unit unit) implements Query.Scan<Figure> {

        static final Criteria NONE = new Criteria(null, null, null, null);

        Criteria withKind(Measure value) { return new Criteria(value, measure, year, unit); }
        Criteria withMeasure(String value) { return new Criteria(kind, value, year, unit); }
        Criteria withYear(int value) { return new Criteria(kind, measure, value, unit); }
        Criteria withUnit(Unit value) { return new Criteria(kind, measure, year, value); }

        @Override
        public List<Figure> candidates(ScoIndex index) {
            return index.dataset().figures();
        }

        @Override
        public boolean test(Figure f) {
            return (kind == null || f.kind() == kind)
                    && (measure == null || Text.fold(f.measure()).contains(Text.fold(measure)))
                    && (year == null || f.referenceDate().year().getValue() == year)
                    && (unit == null || f.unit() == unit);
        }

        @Override
        public void describe(StringBuilder question) {
            question.append("figures()");
            step(question, "measuring", kind);
            quoted(question, "measureContains", measure);
            step(question, "referringToYear", year);
            step(question, "unit", unit);
        }
    }

    private FigureQuery(State<Figure> state) {
        super(state);
    }

    private Criteria criteria() {
        return (Criteria) state().criteria();
    }

    /**
     * Figures of one typed measure, such as {@link Measure#GDP} (which, unlike the text {@code GDP}, does not
     * find a growth rate); replaces any measure given before.
     *
     * @param measure the measure
     * @return a new query
     * @throws NullPointerException if the measure is null
     */
    public FigureQuery measuring(Measure measure) {
        return with(criteria().withKind(Args.nonNull(measure, "measure")));
    }

    /**
     * Figures whose measure contains a text, ignoring case, accents and punctuation; replaces any text
     * given before.
     *
     * @param text the text, not blank, such as {@code population}
     * @return a new query
     * @throws NullPointerException     if the text is null
     * @throws IllegalArgumentException if the text is blank
     */
    public FigureQuery measureContains(String text) {
        return with(criteria().withMeasure(Args.nonBlank(text, "text")));
    }

    /**
     * Figures whose reference date lies in a year; replaces any year given before.
     *
     * @param year the year, such as 2024
     * @return a new query
     */
    public FigureQuery referringToYear(int year) {
        return with(criteria().withYear(year));
    }

    /**
     * Figures stated in a unit; replaces any unit given before.
     *
     * @param unit the unit
     * @return a new query
     * @throws NullPointerException if the unit is null
     */
    public FigureQuery unit(Unit unit) {
        return with(criteria().withUnit(Args.nonNull(unit, "unit")));
    }

    @Override
    FigureQuery newQuery(State<Figure> state) {
        return new FigureQuery(state);
    }

    static FigureQuery of(ScoIndex index) {
        return new FigureQuery(State.start(index, Criteria.NONE));
    }
}
