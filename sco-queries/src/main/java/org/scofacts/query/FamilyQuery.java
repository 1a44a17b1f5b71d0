package org.scofacts.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.scofacts.data.ScoDataset;

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
     * What a query is made of: the dataset's index, the criteria, the shared conditions and order, how the
     * family answers its criteria, and how to make the family's query from these parts.
     */
    record Parts<SELF, T, C>(ScoIndex index, C criteria, List<Predicate<? super T>> conditions,
                             Comparator<? super T> order, BiFunction<ScoIndex, C, List<T>> answers,
                             Function<Parts<SELF, T, C>, SELF> make) {

        SELF with(C changed) {
            return make.apply(new Parts<>(index, changed, conditions, order, answers, make));
        }

        SELF with(List<Predicate<? super T>> changed, Comparator<? super T> reordered) {
            return make.apply(new Parts<>(index, criteria, changed, reordered, answers, make));
        }
    }

    private final Parts<SELF, T, C> parts;

    FamilyQuery(Parts<SELF, T, C> parts) {
        super(parts.index(), parts.conditions(), parts.order());
        this.parts = parts;
    }

    /** A query of a family without conditions or order. */
    static <SELF extends FamilyQuery<SELF, T, C>, T, C extends Criteria> SELF start(
            ScoIndex index, C none, BiFunction<ScoIndex, C, List<T>> answers, Function<Parts<SELF, T, C>, SELF> make) {
        return make.apply(new Parts<>(index, none, List.of(), null, answers, make));
    }

    /**
     * Answers by testing every candidate in the dataset's order: the way most families answer.
     *
     * @param candidates the family's facts (or sources) in the dataset
     * @return the answering function
     */
    static <T, C extends Test<T>> BiFunction<ScoIndex, C, List<T>> scan(Function<ScoDataset, List<T>> candidates) {
        return (index, criteria) -> {
            List<T> found = new ArrayList<>();
            for (T candidate : candidates.apply(index.dataset())) {
                if (criteria.test(candidate)) {
                    found.add(candidate);
                }
            }
            return List.copyOf(found);
        };
    }

    @Override
    final C criteria() {
        return parts.criteria();
    }

    /** This query with changed criteria, made by one of the criteria's {@code with...} steps. */
    final SELF with(C changed) {
        return parts.with(changed);
    }

    @Override
    final SELF with(List<Predicate<? super T>> conditions, Comparator<? super T> order) {
        return parts.with(conditions, order);
    }

    @Override
    final List<T> run() {
        return parts.answers().apply(index, criteria());
    }

    @Override
    final void describe(StringBuilder question) {
        criteria().describe(question);
    }
}
