package org.scofacts.demo;

import java.util.Comparator;
import java.util.List;
import org.scofacts.model.Country;
import org.scofacts.model.FactId;
import org.scofacts.model.StatusPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "A country's statuses in the SCO, chronologically.")
final class TimelineCommand extends QueryCommand {

    @Parameters(index = "0", paramLabel = "COUNTRY",
            description = "ISO code (IR, IRN) or English name (Iran, Persia), any case.")
    Country country;

    @Mixin
    Options.Output output;

    @Override
    int answer(Session s) {
        List<StatusPeriod> periods = s.answer("the timeline of " + country.shortName(), j -> j.timeline(country),
                s.sco.timeline(country), Comparator.comparing(StatusPeriod::id));
        Listing listing = Listing.of("status", "from", "until", "granted_by", "decided_at", "fact");
        for (StatusPeriod p : periods) {
            listing = listing.row(Converters.label(p.status()), Describe.start(p.period()), Describe.end(p.period()),
                    p.grantedBy(), p.decidedAt().map(FactId::value).orElse(null), p.id().value());
        }
        s.show(listing, output.format);
        return 0;
    }
}
