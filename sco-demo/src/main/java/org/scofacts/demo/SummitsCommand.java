package org.scofacts.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.scofacts.model.Country;
import org.scofacts.model.Meeting;
import org.scofacts.query.MeetingQuery;

/** {@code sco-demo summits}: summits of the Council of Heads of State. */
final class SummitsCommand extends QueryCommand {

    private final Param<Country> hostParam = option("--host", "COUNTRY", "Only those hosted by this country: an ISO"
            + " 3166-1 code (KZ, KAZ), an English name or alias, a Russian or Chinese name or a Wikidata id, any case.",
            new Converters.CountryConverter(run));

    private final Param<Integer> yearParam = option("--year", "YEAR",
            "Only those held in this year, four digits (2024).", new Converters.IntegerConverter());

    private final Options.Output output = new Options.Output(this);

    SummitsCommand(RunContext run) {
        super(run, "summits", "Summits (meetings of the Council of Heads of State), chronologically.");
    }

    @Override
    void validate() {
        Integer year = yearParam.get();
        if (year != null && (year < 1 || year > 9999)) {
            throw usage("Invalid value for option '--year': " + year
                    + " is not a year: expected four digits, such as 2024");
        }
    }

    @Override
    int answer(Session s) {
        Country host = hostParam.get();
        Integer year = yearParam.get();
        MeetingQuery fluent = s.sco.summits();
        if (host != null) {
            fluent = fluent.hostedBy(host);
        }
        if (year != null) {
            fluent = fluent.inYear(year);
        }
        List<Meeting> summits = s.answer("summits", j -> j.summits(Optional.ofNullable(host),
                Optional.ofNullable(year)), fluent.list(), Comparator.comparing(Meeting::id));
        s.show(listing(summits), output);
        return 0;
    }

    static Listing listing(List<Meeting> summits) {
        Listing listing = Listing.of("no", "first_day", "last_day", "city", "host", "format", "fact");
        for (Meeting m : summits) {
            listing = listing.row(m.ordinal().orElse(null), m.firstDay().toString(), m.lastDay().toString(),
                    m.place().city(), Describe.country(m.host()), Converters.label(m.format()),
                    m.id().value());
        }
        return listing;
    }
}
