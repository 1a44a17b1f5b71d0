package org.scofacts.query;

import java.time.LocalDate;
import java.util.List;
import org.scofacts.model.Designation;
import org.scofacts.model.DesignationKind;
import org.scofacts.model.DateRange;

/**
 * Themed years and tourism and cultural capitals. Start from {@link Sco#designations()}. Answers are
 * in order of the start of their period.
 *
 * @since 0.1.0
 */
public final class DesignationQuery extends Query<DesignationQuery, Designation> {

    record Criteria(DesignationKind kind, Integer year) implements Query.Scan<Designation> {

        static final Criteria NONE = new Criteria(null, null);

        Criteria withKind(DesignationKind value) { return new Criteria(value, year); }
        Criteria withYear(int value) { return new Criteria(kind, value); }

        @Override
        public List<Designation> candidates(ScoIndex index) {
            return index.dataset().designations();
        }

        @Override
        public boolean test(Designation d) {
            return (kind == null || d.kind() == kind)
                    && (year == null || d.period().overlaps(DateRange.of(LocalDate.of(year, 1, 1),
                            LocalDate.of(year + 1, 1, 1))));
        }

        @Override
        public void describe(StringBuilder question) {
            question.append("designations()");
            step(question, "kind", kind);
            step(question, "inYear", year);
        }
    }

    private DesignationQuery(State<Designation> state) {
        super(state);
    }

    private Criteria criteria() {
        return (Criteria) state().criteria();
    }

    /**
     * Designations of one kind; replaces any kind given before.
     *
     * @param kind the kind
     * @return a new query
     * @throws NullPointerException if the kind is null
     */
    public DesignationQuery kind(DesignationKind kind) {
        return with(criteria().withKind(Args.nonNull(kind, "kind")));
    }

    /**
     * Designations in force on at least one day of a year; replaces any year given before.
     *
     * @param year the year, such as 2024
     * @return a new query
     */
    public DesignationQuery inYear(int year) {
        return with(criteria().withYear(year));
    }

    @Override
    DesignationQuery newQuery(State<Designation> state) {
        return new DesignationQuery(state);
    }

    static DesignationQuery of(ScoIndex index) {
        return new DesignationQuery(State.start(index, Criteria.NONE));
    }
}
