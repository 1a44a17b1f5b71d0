package org.scofacts.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.scofacts.model.Fact;
import org.scofacts.model.Source;
import org.scofacts.model.SourceKind;

/**
 * The publications the facts cite. Start from {@link Sco#sources()}; for the other direction, the facts
 * that cite a source, see {@link Sco#factsCiting(Source)}. Answers are in order of their identifier.
 */
public final class SourceQuery extends Query<SourceQuery, Source> {

    private record Criteria(Fact citedBy, SourceKind kind) {
    }

    private final Criteria criteria;

    private SourceQuery(ScoIndex index, Criteria criteria, List<Predicate<? super Source>> conditions,
                        Comparator<? super Source> order) {
        super(index, conditions, order);
        this.criteria = criteria;
    }

    static SourceQuery of(ScoIndex index) {
        return new SourceQuery(index, new Criteria(null, null), List.of(), null);
    }

    /**
     * The sources a fact cites; replaces any fact given before.
     *
     * @param fact the fact
     * @return a new query
     * @throws NullPointerException if the fact is null
     */
    public SourceQuery citedBy(Fact fact) {
        Args.nonNull(fact, "fact");
        return new SourceQuery(index, new Criteria(fact, criteria.kind), conditions(), order());
    }

    /**
     * Sources of one kind; replaces any kind given before.
     *
     * @param kind the kind
     * @return a new query
     * @throws NullPointerException if the kind is null
     */
    public SourceQuery kind(SourceKind kind) {
        Args.nonNull(kind, "kind");
        return new SourceQuery(index, new Criteria(criteria.citedBy, kind), conditions(), order());
    }

    @Override
    SourceQuery with(List<Predicate<? super Source>> conditions, Comparator<? super Source> order) {
        return new SourceQuery(index, criteria, conditions, order);
    }

    @Override
    List<Source> run() {
        Criteria c = criteria;
        List<Source> found = new ArrayList<>();
        for (Source s : index.dataset().sources()) {
            if ((c.citedBy == null || c.citedBy.sources().contains(s)) && (c.kind == null || s.kind() == c.kind)) {
                found.add(s);
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
        question.append("sources()");
        step(question, "citedBy", criteria.citedBy == null ? null : criteria.citedBy.id());
        step(question, "kind", criteria.kind);
    }
}
