package org.scofacts.query;

import java.util.List;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Body;
import org.scofacts.model.BodyKind;
import org.scofacts.model.Country;

/**
 * Councils, permanent bodies and non-governmental structures. Start from {@link Sco#bodies()}. Answers
 * are in order of their identifier, as in {@link org.scofacts.data.ScoDataset#bodies()}.
 *
 * @since 0.1.0
 */
public final class BodyQuery extends Query<BodyQuery, Body> {

    record Criteria(BodyKind kind, Country seatedIn) implements Query.Scan<Body> {

        static final Criteria NONE = new Criteria(null, null);

        Criteria withKind(BodyKind value) { return new Criteria(value, seatedIn); }
        Criteria withSeatedIn(Country value) { return new Criteria(kind, value); }

        @Override
        public List<Body> candidates(ScoIndex index) {
            return index.dataset().bodies();
        }

        @Override
        public boolean test(Body b) {
            return (kind == null || b.kind() == kind)
                    && (seatedIn == null
                        || b.seat().filter(s -> s.country().alpha2().equals(seatedIn.alpha2())).isPresent());
        }

        @Override
        public void describe(StringBuilder question) {
            question.append("bodies()");
            step(question, "kind", kind);
            step(question, "seatedIn", seatedIn == null ? null : seatedIn.alpha2());
        }
    }

    private BodyQuery(State<Body> state) {
        super(state);
    }

    private Criteria criteria() {
        return (Criteria) state().criteria();
    }

    /**
     * Bodies of one kind; replaces any kind given before.
     *
     * @param kind the kind
     * @return a new query
     * @throws NullPointerException if the kind is null
     */
    public BodyQuery kind(BodyKind kind) {
        return with(criteria().withKind(Args.nonNull(kind, "kind")));
    }

    /**
     * Bodies with their seat in a country; replaces any country given before.
     *
     * @param country the country of the seat
     * @return a new query
     * @throws NullPointerException if the country is null
     */
    public BodyQuery seatedIn(Country country) {
        return with(criteria().withSeatedIn(Args.nonNull(country, "country")));
    }

    @Override
    BodyQuery newQuery(State<Body> state) {
        return new BodyQuery(state);
    }

    static BodyQuery of(ScoIndex index) {
        return new BodyQuery(State.start(index, Criteria.NONE));
    }
}
