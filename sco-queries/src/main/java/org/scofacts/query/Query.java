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
 * The steps and terminal operations every query shares. A query is an immutable value: each step
 * returns a new query of the same concrete type (the {@code SELF} type, as in AssertJ's
 * {@code AbstractAssert}), and the terminal operations ({@link #list()}, {@link #first()},
 * {@link #only()}, {@link #count()}, {@link #exists()}, {@link #stream()}) run it against the dataset.
 *
 * <p>Two queries are equal when they are of the same family, ask of equal datasets and have equal
 * criteria; criteria given as a {@link Predicate} or a {@link Comparator} compare by identity.
 * {@link #toString()} reads as the question, such as
 * {@code countries().withStatus(MEMBER_STATE).asOf(2017-06-09)}, with the steps in a fixed order.
 *
 * <p>Queries are thread-safe; a query can be kept and run again, and answers the same each time.
 *
 * @param <SELF> the concrete query type, returned by every step
 * @param <T>    the type of the answers
 */
public abstract sealed class Query<SELF extends Query<SELF, T>, T> permits FamilyQuery {

    final ScoIndex index;
    private final List<Predicate<? super T>> conditions;
    private final Comparator<? super T> order;

    Query(ScoIndex index, List<Predicate<? super T>> conditions, Comparator<? super T> order) {
        this.index = index;
        this.conditions = conditions;
        this.order = order;
    }

    final List<Predicate<? super T>> conditions() {
        return conditions;
    }

    final Comparator<? super T> order() {
        return order;
    }

    /** A query with the same criteria and the given conditions and order; the order may be null. */
    abstract SELF with(List<Predicate<? super T>> conditions, Comparator<? super T> order);

    /** The answers to the family's own criteria, in the family's default order; unmodifiable. */
    abstract List<T> run();

    /** The family's criteria, as a value with equals and hashCode. */
    abstract Object criteria();

    /** Appends the question, such as {@code countries().withStatus(MEMBER_STATE)}. */
    abstract void describe(StringBuilder question);

    /**
     * Keeps only the answers that satisfy a condition, in addition to the criteria already given.
     *
     * @param condition the condition
     * @return a new query
     * @throws NullPointerException if the condition is null
     */
    public final SELF where(Predicate<? super T> condition) {
        Args.nonNull(condition, "condition");
        List<Predicate<? super T>> more = new ArrayList<>(conditions);
        more.add(condition);
        return with(List.copyOf(more), order);
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
        return with(conditions, comparator);
    }

    /**
     * Runs the query.
     *
     * @return the answers, unmodifiable, in the family's default order or the one given to
     *         {@link #sortedBy(Comparator)}
     */
    public final List<T> list() {
        List<T> found = run();
        if (conditions.isEmpty() && order == null) {
            return found;
        }
        List<T> kept = new ArrayList<>(found.size());
        for (T answer : found) {
            if (satisfiesConditions(answer)) {
                kept.add(answer);
            }
        }
        if (order != null) {
            kept.sort(order);
        }
        return Collections.unmodifiableList(kept);
    }

    private boolean satisfiesConditions(T answer) {
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
        if (conditions.isEmpty() && order == null) {
            return runFirst();
        }
        List<T> answers = list();
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers.get(0));
    }

    /** The first answer in the default order; families that can stop at the first match override it. */
    Optional<T> runFirst() {
        List<T> answers = run();
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
        Query<?, ?> other = (Query<?, ?>) o;
        return (index.dataset() == other.index.dataset() || index.dataset().equals(other.index.dataset()))
                && criteria().equals(other.criteria())
                && conditions.equals(other.conditions)
                && Objects.equals(order, other.order);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass(), index.dataset(), criteria(), conditions, order);
    }

    /**
     * The question the query asks, such as {@code summits().hostedBy(KZ)}.
     *
     * @return the question, steps in a fixed order
     */
    @Override
    public final String toString() {
        StringBuilder question = new StringBuilder();
        describe(question);
        for (int i = 0; i < conditions.size(); i++) {
            question.append(".where(condition ").append(i + 1).append(')');
        }
        if (order != null) {
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
