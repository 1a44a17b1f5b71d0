package org.scofacts.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A question about one family of facts, and the steps and terminal operations every family shares. A query
 * is an immutable value: each step returns a new query of the same concrete type (the {@code SELF} type, as
 * in AssertJ's {@code AbstractAssert}), and the terminal operations ({@link #list()}, {@link #first()},
 * {@link #only()}, {@link #count()}, {@link #exists()}, {@link #stream()}) run it against the dataset.
 *
 * <p>Two queries are equal when they are of the same family, ask of the same dataset instance and have
 * equal criteria; criteria given as a {@link Predicate} or a {@link Comparator} compare by identity. Hashing
 * a query reads no fact. {@link #toString()} reads as the question, such as
 * {@code countries().withStatus(MEMBER_STATE).asOf(2017-06-09)}, with the steps in a fixed order.
 *
 * <p>Queries are thread-safe; a query can be kept and run again, and answers the same each time. Only this
 * package makes queries: {@link Sco}'s entry points start them, and {@link FactQuery} serves any family.
 *
 * @param <SELF> the concrete query type, returned by every step
 * @param <T>    the type of the answers
 * @since 0.1.0
 */
public abstract class Query<SELF extends Query<SELF, T>, T> {

    /**
     * A family's criteria: a record with value equality and a named {@code with...} step per criterion,
     * which knows how to answer itself from the index.
     *
     * @param <T> the type of the answers
     */
    interface Criteria<T> {

        /** The answers that meet every criterion, in the family's order; unmodifiable. */
        List<T> answers(ScoIndex index);

        /** Appends the question, such as {@code events().kind(FORUM)}, criteria in a fixed order. */
        void describe(StringBuilder question);
    }

    /**
     * Criteria answered by testing each of the family's facts in turn, as most families are.
     *
     * @param <T> the type of the answers
     */
    interface Scan<T> extends Criteria<T> {

        /** The family's facts, in the family's order. */
        List<T> candidates(ScoIndex index);

        /** Whether an answer meets every criterion given; a criterion not given is met by every answer. */
        boolean test(T answer);

        @Override
        default List<T> answers(ScoIndex index) {
            List<T> found = new ArrayList<>();
            for (T candidate : candidates(index)) {
                if (test(candidate)) {
                    found.add(candidate);
                }
            }
            return List.copyOf(found);
        }
    }

    /**
     * What a query is made of, held once: the index it answers from, the family's criteria, and the
     * conditions and order every family takes.
     *
     * @param <T> the type of the answers
     */
    record State<T>(ScoIndex index, Criteria<T> criteria, List<Predicate<? super T>> conditions,
                    Comparator<? super T> order) {

        static <T> State<T> start(ScoIndex index, Criteria<T> none) {
            return new State<>(index, none, List.of(), null);
        }

        State<T> with(Criteria<T> changed) {
            return new State<>(index, changed, conditions, order);
        }

        State<T> with(List<Predicate<? super T>> changed, Comparator<? super T> reordered) {
            return new State<>(index, criteria, changed, reordered);
        }
    }

    private final State<T> state;

    Query(State<T> state) {
        this.state = state;
    }

    final State<T> state() {
        return state;
    }

    /**
     * The family's query of this state, as each of AssertJ's assertions makes its own kind.
     *
     * @param state the state
     * @return a new query of the family's type
     */
    abstract SELF newQuery(State<T> state);

    /** A query with the family's criteria changed and the rest kept. */
    final SELF with(Criteria<T> changed) {
        return newQuery(state.with(changed));
    }

    /** The answers to the family's own criteria, in the family's default order; unmodifiable. */
    private List<T> run() {
        return state.criteria().answers(state.index());
    }

    /**
     * Keeps only the answers that satisfy a condition, in addition to the criteria already given.
     *
     * @param condition the condition
     * @return a new query
     * @throws NullPointerException if the condition is null
     */
    public final SELF where(Predicate<? super T> condition) {
        Args.nonNull(condition, "condition");
        List<Predicate<? super T>> more = new ArrayList<>(state.conditions());
        more.add(condition);
        return newQuery(state.with(List.copyOf(more), state.order()));
    }

    /**
     * Orders the answers, replacing the family's default order (which is chronological for dated facts).
     * The sort is stable: answers the comparator finds equal keep their default order.
     *
     * @param comparator the order
     * @return a new query
     * @throws NullPointerException if the comparator is null
     */
    public final SELF sortedBy(Comparator<? super T> comparator) {
        Args.nonNull(comparator, "comparator");
        return newQuery(state.with(state.conditions(), comparator));
    }

    /**
     * Runs the query.
     *
     * @return the answers, unmodifiable, in the family's default order or the one given to
     *         {@link #sortedBy(Comparator)}
     */
    public final List<T> list() {
        List<T> found = run();
        List<Predicate<? super T>> conditions = state.conditions();
        Comparator<? super T> order = state.order();
        if (conditions.isEmpty() && order == null) {
            return found;
        }
        List<T> kept = new ArrayList<>(found.size());
        for (T answer : found) {
            if (satisfiesConditions(answer, conditions)) {
                kept.add(answer);
            }
        }
        if (order != null) {
            kept.sort(order);
        }
        return Collections.unmodifiableList(kept);
    }

    private static <T> boolean satisfiesConditions(T answer, List<Predicate<? super T>> conditions) {
        for (Predicate<? super T> condition : conditions) {
            if (!condition.test(answer)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first answer.
     *
     * @return the first answer in order, or empty when there is none
     */
    public final Optional<T> first() {
        List<T> answers = list();
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers.get(0));
    }

    /**
     * The one answer, for questions that have exactly one.
     *
     * @return the answer
     * @throws IllegalStateException naming the query and the count, when there is no answer or more than one
     */
    public final T only() {
        List<T> answers = list();
        if (answers.size() != 1) {
            throw new IllegalStateException(QueryMessages.notExactlyOne(this, answers.size()));
        }
        return answers.get(0);
    }

    /** The one answer if there is one, for questions that have at most one. */
    final Optional<T> atMostOne() {
        List<T> answers = list();
        if (answers.size() > 1) {
            throw new IllegalStateException(QueryMessages.notAtMostOne(this, answers.size()));
        }
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers.get(0));
    }

    /**
     * How many answers there are.
     *
     * @return the size of {@link #list()}
     */
    public final int count() {
        return list().size();
    }

    /**
     * Whether there is any answer.
     *
     * @return true when {@link #list()} is not empty
     */
    public final boolean exists() {
        return !list().isEmpty();
    }

    /**
     * The answers as a stream, in the order of {@link #list()}.
     *
     * @return a sequential stream of the answers
     */
    public final Stream<T> stream() {
        return list().stream();
    }

    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        State<?> other = ((Query<?, ?>) o).state;
        // The dataset by identity: comparing datasets by value would read every fact of both.
        return state.index().dataset() == other.index().dataset()
                && state.criteria().equals(other.criteria())
                && state.conditions().equals(other.conditions())
                && Objects.equals(state.order(), other.order());
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass(), System.identityHashCode(state.index().dataset()), state.criteria(),
                state.conditions(), state.order());
    }

    /**
     * The question the query asks, such as {@code summits().hostedBy(KZ)}.
     *
     * @return the question, steps in a fixed order
     */
    @Override
    public final String toString() {
        StringBuilder question = new StringBuilder();
        state.criteria().describe(question);
        for (int i = 0; i < state.conditions().size(); i++) {
            question.append(".where(condition ").append(i + 1).append(')');
        }
        if (state.order() != null) {
            question.append(".sortedBy(comparator)");
        }
        return question.toString();
    }

    /** Appends {@code .step(value)} when the value is set. */
    static void step(StringBuilder question, String step, Object value) {
        if (value != null) {
            question.append('.').append(step).append('(').append(value).append(')');
        }
    }

    /** Appends {@code .step("text")} when the text is set. */
    static void quoted(StringBuilder question, String step, String text) {
        if (text != null) {
            question.append('.').append(step).append("(\"").append(text).append("\")");
        }
    }
}
