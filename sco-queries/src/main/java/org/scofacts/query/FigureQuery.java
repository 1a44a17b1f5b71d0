package org.scofacts.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.scofacts.model.Figure;
import org.scofacts.model.Unit;

/**
 * Quantitative claims: member counts, population shares, trade. Start from {@link Sco#figures()}.
 * Answers are in order of the date they refer to.
 */
public final class FigureQuery extends Query<FigureQuery, Figure> {

    private record Criteria(String measure, Integer year, Unit unit) {
    }

    private final Criteria criteria;

    private FigureQuery(ScoIndex index, Criteria criteria, List<Predicate<? super Figure>> conditions,
                        Comparator<? super Figure> order) {
        super(index, conditions, order);
        this.criteria = criteria;
    }

    static FigureQuery of(ScoIndex index) {
        return new FigureQuery(index, new Criteria(null, null, null), List.of(), null);
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
        Args.nonBlank(text, "text");
        return new FigureQuery(index, new Criteria(text, criteria.year, criteria.unit), conditions(), order());
    }

    /**
     * Figures whose reference date lies in a year; replaces any year given before.
     *
     * @param year the year, such as 2024
     * @return a new query
     */
    public FigureQuery referringToYear(int year) {
        return new FigureQuery(index, new Criteria(criteria.measure, year, criteria.unit), conditions(), order());
    }

    /**
     * Figures stated in a unit; replaces any unit given before.
     *
     * @param unit the unit
     * @return a new query
     * @throws NullPointerException if the unit is null
     */
    public FigureQuery unit(Unit unit) {
        Args.nonNull(unit, "unit");
        return new FigureQuery(index, new Criteria(criteria.measure, criteria.year, unit), conditions(), order());
    }

    @Override
    FigureQuery with(List<Predicate<? super Figure>> conditions, Comparator<? super Figure> order) {
        return new FigureQuery(index, criteria, conditions, order);
    }

    @Override
    List<Figure> run() {
        Criteria c = criteria;
        String folded = c.measure == null ? null : Text.fold(c.measure);
        List<Figure> found = new ArrayList<>();
        for (Figure f : index.dataset().figures()) {
            if ((folded == null || Text.fold(f.measure()).contains(folded))
                    && (c.year == null || f.referenceDate().year().getValue() == c.year)
                    && (c.unit == null || f.unit() == c.unit)) {
                found.add(f);
            }
        }
        return List.copyOf(found);
    }

    @Override
    Object criteria() {
        return criteria;
    }

    @Override
    void describe(StringBuilder question) {
        question.append("figures()");
        quoted(question, "measureContains", criteria.measure);
        step(question, "referringToYear", criteria.year);
        step(question, "unit", criteria.unit);
    }
}
