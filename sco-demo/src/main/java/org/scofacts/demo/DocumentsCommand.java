package org.scofacts.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.scofacts.model.Document;
import org.scofacts.model.DocumentKind;
import org.scofacts.model.FactId;
import org.scofacts.query.DocumentQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "documents", mixinStandardHelpOptions = true,
        description = "Documents (charter, declarations, conventions ...), by adoption date.")
final class DocumentsCommand extends QueryCommand {

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: charter, declaration, convention,"
            + " treaty, agreement, strategy, programme, action-plan, statement, initiative, decision, memorandum.")
    DocumentKind kind;

    @Mixin
    Options.Output output;

    @Override
    int answer(Session s) {
        DocumentQuery fluent = s.sco.documents();
        if (kind != null) {
            fluent = fluent.kind(kind);
        }
        List<Document> documents = s.answer("documents", j -> j.documents(Optional.ofNullable(kind)),
                fluent.list(), Comparator.comparing(Document::id));
        s.show(listing(documents), output.format);
        return 0;
    }

    static Listing listing(List<Document> documents) {
        Listing listing = Listing.of("adopted", "kind", "title", "place", "adopted_at", "fact");
        for (Document d : documents) {
            listing = listing.row(d.adopted().toString(), Converters.label(d.kind()), d.title(),
                    Describe.place(d.place()), d.adoptedAt().map(FactId::value).orElse(null), d.id().value());
        }
        return listing;
    }
}
