package org.scofacts.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.scofacts.model.Document;
import org.scofacts.model.DocumentKind;
import org.scofacts.model.FactId;
import org.scofacts.model.Meeting;

/**
 * Charters, declarations, conventions and the other documents the SCO adopted. Start from
 * {@link Sco#documents()}. Answers are in order of adoption.
 */
public final class DocumentQuery extends Query<DocumentQuery, Document> {

    private record Criteria(DocumentKind kind, FactId adoptedAt, LocalDate from, LocalDate to, String title) {
    }

    private final Criteria criteria;

    private DocumentQuery(ScoIndex index, Criteria criteria, List<Predicate<? super Document>> conditions,
                          Comparator<? super Document> order) {
        super(index, conditions, order);
        this.criteria = criteria;
    }

    static DocumentQuery of(ScoIndex index) {
        return new DocumentQuery(index, new Criteria(null, null, null, null, null), List.of(), null);
    }

    private DocumentQuery with(Criteria changed) {
        return new DocumentQuery(index, changed, conditions(), order());
    }

    /**
     * Documents of one kind; replaces any kind given before.
     *
     * @param kind the kind
     * @return a new query
     * @throws NullPointerException if the kind is null
     */
    public DocumentQuery kind(DocumentKind kind) {
        Args.nonNull(kind, "kind");
        Criteria c = criteria;
        return with(new Criteria(kind, c.adoptedAt, c.from, c.to, c.title));
    }

    /**
     * Documents adopted at a meeting; replaces any meeting given before.
     *
     * @param meeting the meeting
     * @return a new query
     * @throws NullPointerException if the meeting is null
     */
    public DocumentQuery adoptedAt(Meeting meeting) {
        Args.nonNull(meeting, "meeting");
        Criteria c = criteria;
        return with(new Criteria(c.kind, meeting.id(), c.from, c.to, c.title));
    }

    /**
     * Documents adopted in a range, reading a date known only to its month or year as its first day;
     * replaces any range given before.
     *
     * @param fromInclusive the first day of the range
     * @param toExclusive   the first day after the range
     * @return a new query
     * @throws NullPointerException     if a day is null
     * @throws IllegalArgumentException if the range ends before it starts
     */
    public DocumentQuery adoptedBetween(LocalDate fromInclusive, LocalDate toExclusive) {
        Args.range(fromInclusive, toExclusive);
        Criteria c = criteria;
        return with(new Criteria(c.kind, c.adoptedAt, fromInclusive, toExclusive, c.title));
    }

    /**
     * Documents whose title contains a text, ignoring case, accents and punctuation; replaces any text
     * given before.
     *
     * @param text the text, not blank
     * @return a new query
     * @throws NullPointerException     if the text is null
     * @throws IllegalArgumentException if the text is blank
     */
    public DocumentQuery titleContains(String text) {
        Args.nonBlank(text, "text");
        Criteria c = criteria;
        return with(new Criteria(c.kind, c.adoptedAt, c.from, c.to, text));
    }

    @Override
    DocumentQuery with(List<Predicate<? super Document>> conditions, Comparator<? super Document> order) {
        return new DocumentQuery(index, criteria, conditions, order);
    }

    @Override
    List<Document> run() {
        Criteria c = criteria;
        String folded = c.title == null ? null : Text.fold(c.title);
        List<Document> found = new ArrayList<>();
        for (Document d : index.dataset().documents()) {
            LocalDate adopted = d.adopted().firstDay();
            if ((c.kind == null || d.kind() == c.kind)
                    && (c.adoptedAt == null || d.adoptedAt().filter(c.adoptedAt::equals).isPresent())
                    && (c.from == null || !adopted.isBefore(c.from) && adopted.isBefore(c.to))
                    && (folded == null || Text.fold(d.title()).contains(folded))) {
                found.add(d);
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
        question.append("documents()");
        step(question, "kind", criteria.kind);
        step(question, "adoptedAt", criteria.adoptedAt);
        range(question, "adoptedBetween", criteria.from, criteria.to);
        quoted(question, "titleContains", criteria.title);
    }
}
