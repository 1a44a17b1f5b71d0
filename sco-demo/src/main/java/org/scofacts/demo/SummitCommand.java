package org.scofacts.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.scofacts.demo.message.Messages;
import org.scofacts.model.Document;
import org.scofacts.model.Meeting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "summit", mixinStandardHelpOptions = true,
        description = "One summit by its number, with the documents it adopted.")
final class SummitCommand extends QueryCommand {

    @Parameters(index = "0", paramLabel = "N", description = "The summit's number, a whole number from 1 (the 2001 Shanghai summit); 'summits' lists them.")
    int number;

    @Mixin
    Options.Output output;

    @Override
    void validate() {
        if (number < 1) {
            throw new ParameterException(spec.commandLine(), "Invalid value for positional parameter 'N': "
                    + number + " is not a summit number: expected 1 or more");
        }
    }

    @Override
    int answer(Session s) {
        Optional<Meeting> summit = s.answer("summit " + number, j -> j.summit(number),
                s.sco.summits().numbered(number));
        if (summit.isEmpty()) {
            List<Integer> known = s.sco.summits().list().stream().flatMap(m -> m.ordinal().stream()).toList();
            throw new NoSuchFact(Messages.noSuchSummit(number, s.sco.dataset().version(), known));
        }
        Meeting m = summit.get();
        List<Document> documents = s.answer("the documents of summit " + number, j -> j.documentsOfSummit(number),
                s.sco.documents().adoptedAt(m).list(), Comparator.comparing(Document::id));
        if (output.format == Format.TABLE) {
            s.out.println(Describe.summit(m) + ", " + Converters.label(m.format()) + " (" + m.id().value() + ")");
            s.out.println();
            s.show(DocumentsCommand.listing(s.sco, documents, output.format), output);
        } else {
            Listing listing = Listing.of("no", "first_day", "last_day", "city", "host", "format", "fact", "documents");
            listing = listing.row(number, m.firstDay().toString(), m.lastDay().toString(), m.place().city(),
                    Describe.country(m.host()), Converters.label(m.format()), m.id().value(),
                    documents.stream().map(Document::title).toList());
            s.show(listing, output);
        }
        return 0;
    }
}
