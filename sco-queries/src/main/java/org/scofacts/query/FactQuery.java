package org.scofacts.query;

import java.util.List;
import org.scofacts.data.FactFamily;
import org.scofacts.model.Fact;

/**
 * The facts of any one family, for the questions every family answers: start from
 * {@link Sco#facts(FactFamily)}, keep answers with {@link #where where} and order them with
 * {@link #sortedBy sortedBy}. A family with steps of its own (such as {@link Sco#events()}) also has a
 * query of its own; a new family needs none to be asked. Answers are in the family's order.
 *
 * <pre>{@code
 * List<Body> bodies = sco.facts(FactFamily.BODIES).where(b -> b.kind() == BodyKind.PERMANENT).list();
 * }</pre>
 *
 * @param <F> the type of the family's facts
 * @since 0.1.0
 */
public final class FactQuery<F extends Fact> extends Query<FactQuery<F>, F> {

    /** The only criterion: which family. */
    record Family<F extends Fact>(FactFamily<F> family) implements Query.Criteria<F> {

        @Override
        public List<F> answers(ScoIndex index) {
            return index.dataset().facts(family);
        }

        @Override
        public void describe(StringBuilder question) {
            question.append("facts(").append(family.name()).append(')');
        }
    }

    private FactQuery(State<F> state) {
        super(state);
    }

    /**
     * The family this query asks about.
     *
     * @return the family
     */
    public FactFamily<F> family() {
        return ((Family<F>) state().criteria()).family();
    }

    @Override
    FactQuery<F> newQuery(State<F> state) {
        return new FactQuery<>(state);
    }

    static <F extends Fact> FactQuery<F> of(ScoIndex index, FactFamily<F> family) {
        return new FactQuery<>(State.start(index, new Family<>(family)));
    }
}
