package org.scofacts.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.scofacts.model.Country;
import org.scofacts.model.Status;

/** {@code sco-demo members}: the states holding a status on a day. */
final class MembersCommand extends QueryCommand {

    private final Param<LocalDate> asOf = option("--as-of", "DATE",
            "The day, yyyy-MM-dd (2017-06-09). Default: today.", new Converters.DateConverter());

    private final Param<Status> statusParam = option("--status", "STATUS",
            "member-state, observer-state, dialogue-partner or partner.",
            new Converters.EnumConverter<>(Status.class, "a status")).withDefault("member-state");

    private final Options.Output output = new Options.Output(this);

    MembersCommand(RunContext run) {
        super(run, "members", "The states holding a status on a day (by default: member states today).");
    }

    @Override
    int answer(Session s) {
        Status status = statusParam.get();
        LocalDate date = asOf.get() != null ? asOf.get() : s.today();
        List<Country> countries = s.answer(Describe.plural(status).toLowerCase(java.util.Locale.ROOT) + " on " + date,
                j -> j.countriesWithStatus(status, date),
                s.sco.countries().withStatus(status).asOf(date).list(), Comparator.comparing(Country::alpha2));
        s.noteIfUnchecked(date, output.format());
        Listing listing = Listing.of("code", "alpha3", "name", "official_name");
        for (Country c : countries.stream().sorted(Comparator.comparing(Country::alpha2)).toList()) {
            listing = listing.row(c.alpha2(), c.alpha3(), c.shortName(), c.officialName());
        }
        s.show(listing, output);
        return 0;
    }
}
