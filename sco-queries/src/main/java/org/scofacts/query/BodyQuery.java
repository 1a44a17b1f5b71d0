package org.scofacts.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.scofacts.model.Body;
import org.scofacts.model.BodyKind;
import org.scofacts.model.Country;

/**
 * Councils, permanent bodies and non-governmental structures. Start from {@link Sco#bodies()}. Answers
 * are in order of their identifier, as in {@link org.scofacts.data.ScoDataset#bodies()}.
 */
public final class BodyQuery extends Query<BodyQuery, Body> {

    private record Criteria(BodyKind kind, Country seatedIn) {
    }

    private final Criteria criteria;

    private BodyQuery(ScoIndex index, Criteria criteria, List<Predicate<? super Body>> conditions,
                      Comparator<? super Body> order) {
        super(index, conditions, order);
        this.criteria = criteria;
    }

    static BodyQuery of(ScoIndex index) {
        return new BodyQuery(index, new Criteria(null, null), List.of(), null);
    }

    /**
     * Bodies of one kind; replaces any kind given before.
     *
     * @param kind the kind
     * @return a new query
     * @throws NullPointerException if the kind is null
     */
    public BodyQuery kind(BodyKind kind) {
        Args.nonNull(kind, "kind");
        return new BodyQuery(index, new Criteria(kind, criteria.seatedIn), conditions(), order());
    }

    /**
     * Bodies with their seat in a country; replaces any country given before.
     *
     * @param country the country of the seat
     * @return a new query
     * @throws NullPointerException if the country is null
     */
    public BodyQuery seatedIn(Country country) {
        Args.nonNull(country, "country");
        return new BodyQuery(index, new Criteria(criteria.kind, country), conditions(), order());
    }

    @Override
    BodyQuery with(List<Predicate<? super Body>> conditions, Comparator<? super Body> order) {
        return new BodyQuery(index, criteria, conditions, order);
    }

    @Override
    List<Body> run() {
        Criteria c = criteria;
        List<Body> found = new ArrayList<>();
        for (Body b : index.dataset().bodies()) {
            if ((c.kind == null || b.kind() == c.kind)
                    && (c.seatedIn == null
                        || b.seat().filter(s -> s.country().alpha2().equals(c.seatedIn.alpha2())).isPresent())) {
                found.add(b);
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
        question.append("bodies()");
        step(question, "kind", criteria.kind);
        step(question, "seatedIn", criteria.seatedIn == null ? null : criteria.seatedIn.alpha2());
    }
}
