package org.scofacts.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.scofacts.model.Country;
import org.scofacts.model.StatusPeriod;

/** {@code sco-demo timeline COUNTRY}: a country's statuses. */
final class TimelineCommand extends QueryCommand {

    private final Param<Country> countryParam = parameter("COUNTRY", true, "The country, in any case: an ISO 3166-1"
            + " code (IR, IRN), an English name or alias (Iran, Persia), its Russian or Chinese name"
            + " (\u0418\u0440\u0430\u043d, \u4f0a\u6717) or its Wikidata id (Q794).",
            new Converters.CountryConverter(run));

    private final Options.Output output = new Options.Output(this);

    TimelineCommand(RunContext run) {
        super(run, "timeline", "A country's statuses in the SCO, chronologically.");
    }

    @Override
    int answer(Session s) {
        Country country = countryParam.get();
        String typed = countryParam.text();
        List<StatusPeriod> periods = s.answer("the timeline of " + country.shortName(), j -> j.timeline(country),
                s.sco.timeline(country), Comparator.comparing(StatusPeriod::id));
        if (output.format() == Format.TABLE) {
            s.out.println(Describe.country(country) + ", matched \"" + typed + "\"" + kindOfName(typed, country));
            s.out.println();
        }
        Listing listing = Listing.of("status", "from", "through", "granted_by", "decided_at", "fact")
                .flexible("granted_by", "decided_at").wrapped();
        for (StatusPeriod p : periods) {
            listing = listing.row(Converters.label(p.status()), Describe.start(p.period()),
                    Describe.through(p.period()), p.grantedBy(), Describe.meeting(s.sco, p.decidedAt()),
                    p.id().value());
        }
        s.show(listing, output);
        return 0;
    }

    /** What kind of name the typed text was, in brackets, when it is one of the country's names as written. */
    static String kindOfName(String typed, Country country) {
        String t = typed.strip();
        if (t.equalsIgnoreCase(country.alpha2()) || t.equalsIgnoreCase(country.alpha3())) {
            return " (ISO code)";
        }
        if (country.wikidataId().map(id -> id.value().equalsIgnoreCase(t)).orElse(false)) {
            return " (Wikidata id)";
        }
        if (t.equalsIgnoreCase(country.shortName()) || t.equalsIgnoreCase(country.officialName())) {
            return " (English name)";
        }
        if (t.equalsIgnoreCase(country.name(Locale.forLanguageTag("ru")))) {
            return " (Russian name)";
        }
        if (t.equals(country.name(Locale.CHINESE))) {
            return " (Chinese name)";
        }
        return country.names().stream().anyMatch(t::equalsIgnoreCase) ? " (alias)" : "";
    }
}
