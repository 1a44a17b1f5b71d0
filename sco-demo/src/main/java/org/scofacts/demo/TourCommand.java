package org.scofacts.demo;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Appointment;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.Country;
import org.scofacts.model.Meeting;
import org.scofacts.model.Post;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;

/**
 * The {@code sco-demo} command itself: without a subcommand, a short tour of the facts, each question answered by
 * JPQL (Hibernate, in-memory H2 unless told otherwise) and by the fluent API side by side.
 */
final class TourCommand extends CliCommand {

    /** The country whose timeline the tour shows. */
    static final String TOUR_COUNTRY = "IR";

    final Options.Database database = new Options.Database(this);

    final Options.Debug debug = new Options.Debug(this);

    TourCommand(RunContext run) {
        super(run, PROGRAM, "SCO Facts: the Shanghai Cooperation Organisation's facts, asked through JPQL and"
                + " through the fluent API side by side.", "Without a command: a short tour.");
    }

    @Override
    boolean debug() {
        return debug.on();
    }

    @Override
    int call() {
        try (Session s = Session.withDatabase(run, database.target())) {
            tour(s);
        }
        return 0;
    }

    private void tour(Session s) {
        ScoDataset d = s.sco.dataset();
        LocalDate today = s.today();
        PrintWriter out = s.out;
        out.println("SCO Facts, data version " + d.version() + ", checked through " + d.checkedThrough() + ".");
        out.println("Loaded into " + s.db().target().displayName() + " through Jakarta Persistence (Hibernate ORM): " + d.countries().size()
                + " countries, " + d.sources().size() + " sources, " + d.facts().count() + " facts.");
        if (s.sco.isChecked(today)) {
            out.println("Answers about days after " + d.checkedThrough() + " assume that nothing changed since then.");
        } else {
            s.noteIfUnchecked(today, Format.TABLE);
        }
        out.println();

        Listing tour = Listing.of("Question", "JPQL (Hibernate)", "Fluent API")
                .flexible("JPQL (Hibernate)", "Fluent API").wrappedByItems();
        for (Status status : Status.values()) {
            List<Country> jpql = s.db().jpql().countriesWithStatus(status, today);
            List<Country> fluent = s.sco.countries().withStatus(status).asOf(today).list();
            if (jpql.isEmpty() && fluent.isEmpty() && status != Status.MEMBER_STATE) {
                continue;
            }
            tour = tour.row(Describe.plural(status) + " on " + today, Describe.countries(sortedByName(jpql)),
                    Describe.countries(sortedByName(fluent)));
            s.agree(Describe.plural(status) + " on " + today, jpql, fluent, Comparator.comparing(Country::alpha2));
        }

        Optional<Meeting> jpqlSummit = s.db().jpql().latestSummit();
        Optional<Meeting> fluentSummit = s.sco.summits().list().stream().max(Comparator.comparing(Meeting::firstDay));
        tour = tour.row("Latest summit", jpqlSummit.map(Describe::summit).orElse("none recorded"),
                fluentSummit.map(Describe::summit).orElse("none recorded"));
        s.agree("the latest summit", jpqlSummit, fluentSummit);

        Optional<Appointment> jpqlSg = s.db().jpql().appointments(Optional.of(Post.SECRETARY_GENERAL),
                Optional.of(today)).stream().findFirst();
        Optional<Appointment> fluentSg = s.sco.appointments().post(Post.SECRETARY_GENERAL).servingOn(today).first();
        tour = tour.row("Secretary-General on " + today, official(jpqlSg), official(fluentSg));
        s.agree("the Secretary-General on " + today, jpqlSg, fluentSg);

        Optional<Chairmanship> jpqlChair = s.db().jpql().chairOn(today);
        Optional<Chairmanship> fluentChair = s.sco.chairmanshipOn(today);
        tour = tour.row("Chair on " + today, chair(jpqlChair), chair(fluentChair));
        s.agree("the chair on " + today, jpqlChair, fluentChair);

        Optional<Country> country = s.sco.dataset().country(TOUR_COUNTRY);
        if (country.isPresent()) {
            List<StatusPeriod> jpql = s.db().jpql().timeline(country.get());
            List<StatusPeriod> fluent = s.sco.timeline(country.get());
            List<String> left = jpql.stream().map(TourCommand::timelineEntry).collect(Collectors.toList());
            List<String> right = fluent.stream().map(TourCommand::timelineEntry).collect(Collectors.toList());
            String question = "Timeline of " + country.get().shortName()
                    + country.get().wikidataId().map(id -> " (Wikidata " + id + ")").orElse("");
            for (int i = 0; i < Math.max(Math.max(left.size(), right.size()), 1); i++) {
                tour = tour.row(i == 0 ? question : "", i < left.size() ? left.get(i) : "",
                        i < right.size() ? right.get(i) : "");
            }
            s.agree("the timeline of " + country.get().shortName(), jpql, fluent);
        }
        tour.print(Format.TABLE, out);
        out.println();
        out.println("JPQL and the fluent API agree on every answer.");
        out.println("Try: sco-demo --help, sco-demo members --as-of 2017-06-09, sco-demo timeline India,");
        out.println("     sco-demo chart --output membership.svg");
        out.flush();
    }

    private static List<Country> sortedByName(List<Country> countries) {
        List<Country> sorted = new ArrayList<>(countries);
        sorted.sort(Comparator.comparing(Country::shortName).thenComparing(Country::alpha2));
        return sorted;
    }

    private static String official(Optional<Appointment> a) {
        return a.map(x -> x.holder() + ", nominated by " + x.nominatedBy().map(Describe::country).orElse("not stated")
                + ", " + Describe.range(x.term())).orElse("none recorded");
    }

    private static String chair(Optional<Chairmanship> c) {
        return c.map(x -> Describe.country(x.presidingState()) + ", " + Describe.range(x.term()))
                .orElse("none recorded");
    }

    private static String timelineEntry(StatusPeriod p) {
        return p.status().label() + " " + Describe.range(p.period());
    }
}
