package org.scofacts.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.scofacts.model.Document;
import org.scofacts.model.DocumentKind;
import org.scofacts.model.Meeting;
import org.scofacts.query.Sco;
import org.scofacts.query.DocumentQuery;

/** {@code sco-demo documents}: charter, declarations, strategies ... */
final class DocumentsCommand extends QueryCommand {

    private final Param<DocumentKind> kindParam = option("--kind", "KIND", "Only this kind: charter, declaration,"
            + " convention, treaty, agreement, strategy, programme, action-plan, statement, initiative, decision,"
            + " memorandum.", new Converters.EnumConverter<>(DocumentKind.class, "a document kind"));

    private final Options.Output output = new Options.Output(this);

    DocumentsCommand(RunContext run) {
        super(run, "documents", "Documents (charter, declarations, conventions ...), by adoption date.");
    }

    @Override
    int answer(Session s) {
        DocumentKind kind = kindParam.get();
        DocumentQuery fluent = s.sco.documents();
        if (kind != null) {
            fluent = fluent.kind(kind);
        }
        List<Document> documents = s.answer("documents", j -> j.documents(Optional.ofNullable(kind)),
                fluent.list(), Comparator.comparing(Document::id));
        s.show(listing(s.sco, documents, output.format()), output);
        return 0;
    }

    /**
     * The documents as a listing. A table, read by people, folds the place and the meeting into one
     * {@code where} column (the meeting by name, its city, the day being in {@code adopted}) so that
     * it fits a terminal; TSV and JSON keep both columns.
     */
    static Listing listing(Sco sco, List<Document> documents, Format format) {
        if (format == Format.TABLE) {
            Listing table = Listing.of("adopted", "kind", "title", "where", "fact").flexible("title", "where")
                    .wrapped();
            for (Document d : documents) {
                table = table.row(d.adopted().toString(), Converters.label(d.kind()), d.title(),
                        d.adoptedAt().flatMap(ref -> sco.dataset().fact(ref.id())).filter(Meeting.class::isInstance)
                                .map(m -> Describe.meetingName((Meeting) m)).orElse(Describe.place(d.place())),
                        d.id().value());
            }
            return table;
        }
        Listing listing = Listing.of("adopted", "kind", "title", "place", "adopted_at", "fact");
        for (Document d : documents) {
            listing = listing.row(d.adopted().toString(), Converters.label(d.kind()), d.title(),
                    Describe.place(d.place()), Describe.meeting(sco, d.adoptedAt()), d.id().value());
        }
        return listing;
    }
}
