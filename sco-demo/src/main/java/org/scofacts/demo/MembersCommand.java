package org.scofacts.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.scofacts.model.Country;
import org.scofacts.model.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "members", mixinStandardHelpOptions = true,
        description = "The states holding a status on a day (by default: member states today).")
final class MembersCommand extends QueryCommand {

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day, yyyy-MM-dd (2017-06-09). Default: today.")
    LocalDate asOf;

    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "member-state",
            description = "member-state, observer-state, dialogue-partner or partner. Default: ${DEFAULT-VALUE}.")
    Status status;

    @Mixin
    Options.Output output;

    @Override
    int answer(Session s) {
        LocalDate date = asOf != null ? asOf : s.today();
        List<Country> countries = s.answer(ScoDemo.plural(status).toLowerCase(java.util.Locale.ROOT) + " on " + date,
                j -> j.countriesWithStatus(status, date),
                s.sco.countries().withStatus(status).asOf(date).list(), Comparator.comparing(Country::alpha2));
        s.noteIfUnchecked(date, output.format);
        Listing listing = Listing.of("code", "alpha3", "name", "official_name");
        for (Country c : countries.stream().sorted(Comparator.comparing(Country::alpha2)).toList()) {
            listing = listing.row(c.alpha2(), c.alpha3(), c.shortName(), c.officialName());
        }
        s.show(listing, output);
        return 0;
    }
}
