package org.scofacts.query;

import java.util.List;
import org.scofacts.model.Principle;
import org.scofacts.model.PrincipleKind;

/**
 * What the SCO stands for: the values of the Shanghai Spirit, the three evils, the working languages and
 * the Charter's goals. Start from {@link Sco#principles()}. Answers are in order of the date they were
 * stated.
 *
 * @since 0.1.0
 */
public final class PrincipleQuery extends Query<PrincipleQuery, Principle> {

    record Criteria(PrincipleKind kind) implements Query.Scan<Principle> {

        static final Criteria NONE = new Criteria(null);

        Criteria withKind(PrincipleKind value) { return new Criteria(value); }

        @Override
        public List<Principle> candidates(ScoIndex index) {
            return index.dataset().principles();
        }

        @Override
        public boolean test(Principle p) {
            return kind == null || p.kind() == kind;
        }

        @Override
        public void describe(StringBuilder question) {
            question.append("principles()");
            step(question, "kind", kind);
        }
    }

    private PrincipleQuery(State<Principle> state) {
        super(state);
    }

    private Criteria criteria() {
        return (Criteria) state().criteria();
    }

    /**
     * Principles of one kind; replaces any kind given before.
     *
     * @param kind the kind
     * @return a new query
     * @throws NullPointerException if the kind is null
     */
    public PrincipleQuery kind(PrincipleKind kind) {
        return with(criteria().withKind(Args.nonNull(kind, "kind")));
    }

    @Override
    PrincipleQuery newQuery(State<Principle> state) {
        return new PrincipleQuery(state);
    }

    static PrincipleQuery of(ScoIndex index) {
        return new PrincipleQuery(State.start(index, Criteria.NONE));
    }
}
