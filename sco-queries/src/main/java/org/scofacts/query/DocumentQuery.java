package org.scofacts.query;

import java.time.LocalDate;
import java.util.List;
import org.scofacts.model.Document;
import org.scofacts.model.DocumentKind;
import org.scofacts.model.MeetingRef;
import org.scofacts.model.Meeting;

/**
 * Charters, declarations, conventions and the other documents the SCO adopted. Start from
 * {@link Sco#documents()}. Answers are in order of adoption.
 *
 * @since 0.1.0
 */
public final class DocumentQuery extends Query<DocumentQuery, Document> {

    record Criteria(DocumentKind kind, MeetingRef adoptedAt, DayRange adoptedBetween, String title)
            implements Query.Scan<Document> {

        static final Criteria NONE = new Criteria(null, null, null, null);

        Criteria withKind(DocumentKind value) { return new Criteria(value, adoptedAt, adoptedBetween, title); }
        Criteria withAdoptedAt(MeetingRef value) { return new Criteria(kind, value, adoptedBetween, title); }
        Criteria withAdoptedBetween(DayRange value) { return new Criteria(kind, adoptedAt, value, title); }
        Criteria withTitle(String value) { return new Criteria(kind, adoptedAt, adoptedBetween, value); }

        @Override
        public List<Document> candidates(ScoIndex index) {
            return index.dataset().documents();
        }

        @Override
        public boolean test(Document d) {
            return (kind == null || d.kind() == kind)
                    && (adoptedAt == null || d.adoptedAt().filter(adoptedAt::equals).isPresent())
                    && (adoptedBetween == null || adoptedBetween.contains(d.adopted().firstDay()))
                    && (title == null || Text.fold(d.title()).contains(Text.fold(title)));
        }

        @Override
        public void describe(StringBuilder question) {
            question.append("documents()");
            step(question, "kind", kind);
            step(question, "adoptedAt", adoptedAt);
            step(question, "adoptedBetween", adoptedBetween);
            quoted(question, "titleContains", title);
        }
    }

    private DocumentQuery(State<Document> state) {
        super(state);
    }

    private Criteria criteria() {
        return (Criteria) state().criteria();
    }

    /**
     * Documents of one kind; replaces any kind given before.
     *
     * @param kind the kind
     * @return a new query
     * @throws NullPointerException if the kind is null
     */
    public DocumentQuery kind(DocumentKind kind) {
        return with(criteria().withKind(Args.nonNull(kind, "kind")));
    }

    /**
     * Documents adopted at a meeting; replaces any meeting given before.
     *
     * @param meeting the meeting
     * @return a new query
     * @throws NullPointerException if the meeting is null
     */
    public DocumentQuery adoptedAt(Meeting meeting) {
        return with(criteria().withAdoptedAt(MeetingRef.to(Args.nonNull(meeting, "meeting"))));
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
        return with(criteria().withAdoptedBetween(DayRange.of(fromInclusive, toExclusive)));
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
        return with(criteria().withTitle(Args.nonBlank(text, "text")));
    }

    @Override
    DocumentQuery newQuery(State<Document> state) {
        return new DocumentQuery(state);
    }

    static DocumentQuery of(ScoIndex index) {
        return new DocumentQuery(State.start(index, Criteria.NONE));
    }
}
