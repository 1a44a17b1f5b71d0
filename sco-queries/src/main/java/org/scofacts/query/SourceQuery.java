package org.scofacts.query;

import java.util.List;
import org.scofacts.model.Fact;
import org.scofacts.model.Source;
import org.scofacts.model.SourceKind;

/**
 * The publications the facts cite. Start from {@link Sco#sources()}; for the other direction, the facts
 * that cite a source, see {@link Sco#factsCiting(Source)}. Answers are in order of their identifier.
 *
 * @since 0.1.0
 */
public final class SourceQuery extends Query<SourceQuery, Source> {

    record Criteria(Fact citedBy, SourceKind kind) implements Query.Scan<Source> {

        static final Criteria NONE = new Criteria(null, null);

        Criteria withCitedBy(Fact value) { return new Criteria(value, kind); }
        Criteria withKind(SourceKind value) { return new Criteria(citedBy, value); }

        @Override
        public List<Source> candidates(ScoIndex index) {
            return index.dataset().sources();
        }

        @Override
        public boolean test(Source s) {
            return (citedBy == null || citedBy.sources().contains(s)) && (kind == null || s.kind() == kind);
        }

        @Override
        public void describe(StringBuilder question) {
            question.append("sources()");
            step(question, "citedBy", citedBy == null ? null : citedBy.id());
            step(question, "kind", kind);
        }
    }

    private SourceQuery(State<Source> state) {
        super(state);
    }

    private Criteria criteria() {
        return (Criteria) state().criteria();
    }

    /**
     * The sources a fact cites; replaces any fact given before.
     *
     * @param fact the fact
     * @return a new query
     * @throws NullPointerException if the fact is null
     */
    public SourceQuery citedBy(Fact fact) {
        return with(criteria().withCitedBy(Args.nonNull(fact, "fact")));
    }

    /**
     * Sources of one kind; replaces any kind given before.
     *
     * @param kind the kind
     * @return a new query
     * @throws NullPointerException if the kind is null
     */
    public SourceQuery kind(SourceKind kind) {
        return with(criteria().withKind(Args.nonNull(kind, "kind")));
    }

    @Override
    SourceQuery newQuery(State<Source> state) {
        return new SourceQuery(state);
    }

    static SourceQuery of(ScoIndex index) {
        return new SourceQuery(State.start(index, Criteria.NONE));
    }
}
