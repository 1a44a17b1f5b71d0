package org.scofacts.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.scofacts.data.FactFamily;
import org.scofacts.demo.message.Messages;
import org.scofacts.model.Attendance;
import org.scofacts.model.Document;
import org.scofacts.model.Meeting;

/** {@code sco-demo summit N}: one summit, the documents it adopted and who led each delegation. */
final class SummitCommand extends QueryCommand {

    private final Param<Integer> numberParam = parameter("N", true, "The summit's number, a whole number from 1"
            + " (the 2001 Shanghai summit); 'summits' lists them.", new Converters.IntegerConverter());

    private final Options.Output output = new Options.Output(this);

    SummitCommand(RunContext run) {
        super(run, "summit", "One summit by its number, with the documents it adopted and who led each delegation.");
    }

    @Override
    void validate() {
        if (numberParam.get() < 1) {
            throw usage("Invalid value for positional parameter 'N': " + numberParam.get()
                    + " is not a summit number: expected 1 or more");
        }
    }

    @Override
    int answer(Session s) {
        int number = numberParam.get();
        Optional<Meeting> summit = s.answer("summit " + number, j -> j.summit(number),
                s.sco.summits().numbered(number));
        if (summit.isEmpty()) {
            List<Integer> known = s.sco.summits().list().stream().flatMap(m -> m.ordinal().stream()).toList();
            throw new NoSuchFact(Messages.noSuchSummit(number, s.sco.dataset().version(), known));
        }
        Meeting m = summit.get();
        List<Document> documents = s.answer("the documents of summit " + number, j -> j.documentsOfSummit(number),
                s.sco.documents().adoptedAt(m).list(), Comparator.comparing(Document::id));
        List<Attendance> delegations = s.sco.dataset().facts(FactFamily.ATTENDANCES).stream()
                .filter(a -> a.meeting().id().equals(m.id())).toList();
        if (output.format() == Format.TABLE) {
            s.out.println(Describe.summit(m) + ", " + Converters.label(m.format()) + " (" + m.id().value() + ")");
            s.out.println();
            s.show(DocumentsCommand.listing(s.sco, documents, output.format()), output);
            s.out.println();
            s.show(delegations(delegations), output);
        } else {
            Listing listing = Listing.of("no", "first_day", "last_day", "city", "host", "format", "fact", "documents",
                    "delegations");
            listing = listing.row(number, m.firstDay().toString(), m.lastDay().toString(), m.place().city(),
                    Describe.country(m.host()), Converters.label(m.format()), m.id().value(),
                    documents.stream().map(Document::title).toList(),
                    delegations.stream().map(Attendance::toString).toList());
            s.show(listing, output);
        }
        return 0;
    }

    /** The delegations, one row each; a summit whose delegations no source names says so. */
    private static Listing delegations(List<Attendance> delegations) {
        Listing table = Listing.of("delegation", "as", "led by", "office", "how", "fact").flexible("led by", "office")
                .wrapped();
        for (Attendance a : delegations) {
            table = table.row(a.country().map(Describe::country).orElseGet(a.organisation()::orElseThrow),
                    Converters.label(a.capacity()), a.person(), a.office(), Converters.label(a.mode()),
                    a.id().value());
        }
        return table;
    }
}
