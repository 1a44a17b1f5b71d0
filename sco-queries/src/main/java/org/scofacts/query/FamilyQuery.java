package org.scofacts.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The skeleton every query family shares, written once (as AssertJ shares {@code AbstractAssert}): how a
 * query is made, how a step makes the next one, equality, the question it prints, and the scan that
 * answers most families. A family adds only its criteria, a record whose named {@code with...} steps change
 * one criterion each, and the public steps that call them.
 *
 * @param <SELF> the concrete query type, returned by every step
 * @param <T>    the type of the answers
 * @param <C>    the family's criteria
 */
abstract sealed class FamilyQuery<SELF extends FamilyQuery<SELF, T, C>, T, C extends FamilyQuery.Criteria>
        extends Query<SELF, T>
        permits AppointmentQuery, BodyQuery, ChairmanshipQuery, CountryQuery, DesignationQuery, DocumentQuery,
        EventQuery, FigureQuery, MeetingQuery, SourceQuery, AccessionStepQuery, PartnershipQuery, PrincipleQuery,
        StatusPeriodQuery {

    /** A family's criteria: a record with value equality and a named {@code with...} step per criterion. */
    interface Criteria {

        /** Appends the question, such as {@code events().kind(FORUM)}, criteria in a fixed order. */
        void describe(StringBuilder question);
    }

    /**
     * Criteria that test one candidate answer at a time, for the families answered by a {@link #scan scan}.
     *
     * @param <T> the type of the answers
     */
    interface Test<T> extends Criteria {

        /** Whether an answer meets every criterion given; a criterion not given is met by every answer. */
        boolean test(T answer);
    }

    /**
     * What a query is made of: the dataset's index, the criteria, and the shared conditions and order. How a
     * family answers its criteria and makes its own query are methods of the family, not functions carried
     * here: a query made in a fresh JVM's first answer then links no lambda (issue 12, cold start).
     */
    record Parts<T, C>(ScoIndex index, C criteria, List<Predicate<? super T>> conditions,
                       Comparator<? super T> order) {

        static <T, C> Parts<T, C> start(ScoIndex index, C none) {
            return new Parts<>(index, none, List.of(), null);
        }

        Parts<T, C> with(C changed) {
            return new Parts<>(index, changed, conditions, order);
        }

        Parts<T, C> with(List<Predicate<? super T>> changed, Comparator<? super T> reordered) {
            return new Parts<>(index, criteria, changed, reordered);
        }
    }

    private final Parts<T, C> parts;

    FamilyQuery(Parts<T, C> parts) {
        super(parts.index(), parts.conditions(), parts.order());
        this.parts = parts;
    }

    /**
     * The family's query made of these parts, as each of AssertJ's assertions makes its own kind.
     *
     * @param parts the parts
     * @return a new query of the family's type
     */
    abstract SELF newQuery(Parts<T, C> parts);

    /**
     * The answers to the criteria, before the shared conditions and order are applied.
     *
     * @param index    the index to answer from
     * @param criteria the criteria
     * @return the answers, unmodifiable
     */
    abstract List<T> answers(ScoIndex index, C criteria);

    /**
     * The answer of most families: every candidate that meets the criteria, in the candidates' order.
     *
     * @param candidates the family's facts, from the dataset
     * @param criteria   the criteria
     * @param <T>        the type of the answers
     * @return the candidates that meet the criteria, unmodifiable
     */
    static <T> List<T> scan(List<T> candidates, Test<T> criteria) {
        List<T> found = new ArrayList<>();
        for (T candidate : candidates) {
            if (criteria.test(candidate)) {
                found.add(candidate);
            }
        }
        return List.copyOf(found);
    }

    @Override
    final C criteria() {
        return parts.criteria();
    }

    final SELF with(C changed) {
        return newQuery(parts.with(changed));
    }

    @Override
    final SELF with(List<Predicate<? super T>> conditions, Comparator<? super T> order) {
        return newQuery(parts.with(conditions, order));
    }

    @Override
    final List<T> run() {
        return answers(index, criteria());
    }

    @Override
    final void describe(StringBuilder question) {
        criteria().describe(question);
    }
}
