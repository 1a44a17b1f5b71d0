package org.scofacts.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.scofacts.model.Designation;
import org.scofacts.model.DesignationKind;
import org.scofacts.model.Period;

/**
 * Themed years and tourism and cultural capitals. Start from {@link Sco#designations()}. Answers are
 * in order of the start of their period.
 */
public final class DesignationQuery extends Query<DesignationQuery, Designation> {

    private record Criteria(DesignationKind kind, Integer year) {
    }

    private final Criteria criteria;

    private DesignationQuery(ScoIndex index, Criteria criteria, List<Predicate<? super Designation>> conditions,
                             Comparator<? super Designation> order) {
        super(index, conditions, order);
        this.criteria = criteria;
    }

    static DesignationQuery of(ScoIndex index) {
        return new DesignationQuery(index, new Criteria(null, null), List.of(), null);
    }

    /**
     * Designations of one kind; replaces any kind given before.
     *
     * @param kind the kind
     * @return a new query
     * @throws NullPointerException if the kind is null
     */
    public DesignationQuery kind(DesignationKind kind) {
        Args.nonNull(kind, "kind");
        return new DesignationQuery(index, new Criteria(kind, criteria.year), conditions(), order());
    }

    /**
     * Designations in force on at least one day of a year; replaces any year given before.
     *
     * @param year the year, such as 2024
     * @return a new query
     */
    public DesignationQuery inYear(int year) {
        return new DesignationQuery(index, new Criteria(criteria.kind, year), conditions(), order());
    }

    @Override
    DesignationQuery with(List<Predicate<? super Designation>> conditions, Comparator<? super Designation> order) {
        return new DesignationQuery(index, criteria, conditions, order);
    }

    @Override
    List<Designation> run() {
        Criteria c = criteria;
        Period year = c.year == null ? null
                : Period.of(LocalDate.of(c.year, 1, 1), LocalDate.of(c.year + 1, 1, 1));
        List<Designation> found = new ArrayList<>();
        for (Designation d : index.dataset().designations()) {
            if ((c.kind == null || d.kind() == c.kind) && (year == null || d.period().overlaps(year))) {
                found.add(d);
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
        question.append("designations()");
        step(question, "kind", criteria.kind);
        step(question, "inYear", criteria.year);
    }
}
