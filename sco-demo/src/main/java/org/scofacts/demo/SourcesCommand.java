package org.scofacts.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.scofacts.data.FactFamily;
import org.scofacts.demo.message.Messages;
import org.scofacts.model.Fact;
import org.scofacts.model.FactId;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Source;

/** {@code sco-demo sources [FACT]}: every source, or the sources one fact cites. */
final class SourcesCommand extends QueryCommand {

    private final Param<String> factParam = parameter("FACT", false, "A fact's identifier, as the fact column of the"
            + " other listings shows it, such as chs-24 or status.in.member-state.2017. Without it: every source.",
            new Options.Text());

    private final Param<Boolean> factsParam = flag("--facts",
            "List every fact's id, family and sources instead: the ids FACT takes.");

    private final Options.Output output = new Options.Output(this);

    private Fact asked;

    SourcesCommand(RunContext run) {
        super(run, "sources", "Every source with how many facts cite it, or the sources one fact cites; with --facts,"
                + " every fact's id with its family and the sources it cites.");
    }

    @Override
    void validate() {
        String fact = factParam.get();
        boolean facts = factsParam.get();
        if (fact != null && facts) {
            throw usage("FACT and --facts exclude each other: ask for the"
                    + " sources of one fact, or list every fact");
        }
        if (fact == null) {
            return;
        }
        FactId id;
        try {
            id = FactId.of(fact);
        } catch (IllegalArgumentException e) {
            throw usage("Invalid value for positional parameter 'FACT': "
                    + e.getMessage());
        }
        Optional<Fact> found = run.sco().dataset().fact(id);
        if (found.isEmpty()) {
            List<String> like = run.sco().dataset().facts().map(f -> f.id().value())
                    .filter(v -> v.startsWith(fact.substring(0, Math.min(3, fact.length())))).sorted().limit(5)
                    .toList();
            throw usage(Messages.noSuchFact(fact, like));
        }
        asked = found.get();
    }

    @Override
    int answer(Session s) {
        Listing listing;
        if (factsParam.get()) {
            List<Fact> all = s.sco.dataset().facts().sorted(Comparator.comparing(f -> f.id().value())).toList();
            listing = Listing.of("fact", "family", "sources");
            for (Fact f : all) {
                listing = listing.row(f.id().value(), FactFamily.of(f).name(),
                        f.sources().stream().map(src -> src.id().value()).toList());
            }
        } else if (asked == null) {
            List<Source> sources = s.answer("sources", j -> j.sources(), s.sco.sources().list(),
                    Comparator.comparing(Source::id));
            listing = Listing.of("id", "kind", "title", "publisher", "published", "url", "cited_by")
                    .flexible("title", "publisher", "url");
            for (Source src : sources) {
                listing = listing.row(src.id().value(), Converters.label(src.kind()), src.title(), src.publisher(),
                        src.published().map(PartialDate::toString).orElse(null),
                        src.url().map(Object::toString).orElse(null), s.sco.factsCiting(src).size());
            }
        } else {
            List<Source> sources = s.answer("the sources of " + asked.id(),
                    j -> j.sourcesOf(asked.id()).orElseThrow(), s.sco.sources().citedBy(asked).list(),
                    Comparator.comparing(Source::id));
            listing = Listing.of("id", "kind", "title", "publisher", "published", "url")
                    .flexible("title", "publisher", "url");
            for (Source src : sources) {
                listing = listing.row(src.id().value(), Converters.label(src.kind()), src.title(), src.publisher(),
                        src.published().map(PartialDate::toString).orElse(null),
                        src.url().map(Object::toString).orElse(null));
            }
            if (output.format() == Format.TABLE) {
                s.out.println("Sources of " + asked.id().value() + " (" + asked.getClass().getSimpleName() + "), as cited:");
            }
        }
        boolean narrowed = output.format() == Format.TABLE && !output.wide();
        if (narrowed) {
            listing = listing.without("kind", "url");
        }
        s.show(listing, output);
        if (narrowed) {
            s.out.println("(kind and url too: add --wide, or --format tsv)");
            s.out.flush();
        }
        return 0;
    }
}
