package org.scofacts.query;

import java.util.List;
import org.scofacts.model.Partnership;
import org.scofacts.model.PartnershipKind;

/**
 * The SCO's formal ties with other international organisations. Start from {@link Sco#partnerships()}.
 * Answers are in date order.
 *
 * @since 0.1.0
 */
public final class PartnershipQuery extends Query<PartnershipQuery, Partnership> {

    record Criteria(PartnershipKind kind, Integer year) implements Query.Scan<Partnership> {

        static final Criteria NONE = new Criteria(null, null);

        Criteria withKind(PartnershipKind value) { return new Criteria(value, year); }
        Criteria withYear(int value) { return new Criteria(kind, value); }

        @Override
        public List<Partnership> candidates(ScoIndex index) {
            return index.dataset().partnerships();
        }

        @Override
        public boolean test(Partnership p) {
            return (kind == null || p.kind() == kind)
                    && (year == null || p.date().year().getValue() == year);
        }

        @Override
        public void describe(StringBuilder question) {
            question.append("partnerships()");
            step(question, "kind", kind);
            step(question, "inYear", year);
        }
    }

    private PartnershipQuery(State<Partnership> state) {
        super(state);
    }

    private Criteria criteria() {
        return (Criteria) state().criteria();
    }

    /**
     * Ties of one kind; replaces any kind given before.
     *
     * @param kind the kind
     * @return a new query
     * @throws NullPointerException if the kind is null
     */
    public PartnershipQuery kind(PartnershipKind kind) {
        return with(criteria().withKind(Args.nonNull(kind, "kind")));
    }

    /**
     * Ties dated in a year; replaces any year given before.
     *
     * @param year the year, such as 2005
     * @return a new query
     */
    public PartnershipQuery inYear(int year) {
        return with(criteria().withYear(year));
    }

    @Override
    PartnershipQuery newQuery(State<Partnership> state) {
        return new PartnershipQuery(state);
    }

    static PartnershipQuery of(ScoIndex index) {
        return new PartnershipQuery(State.start(index, Criteria.NONE));
    }
}
