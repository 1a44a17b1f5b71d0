package org.scofacts.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scofacts.data.FactFamily;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Council;
import org.scofacts.model.Appointment;
import org.scofacts.model.Country;
import org.scofacts.model.CountryName;
import org.scofacts.model.Fact;
import org.scofacts.model.Meeting;
import org.scofacts.model.DateRange;
import org.scofacts.model.Post;
import org.scofacts.model.SourceId;
import org.scofacts.model.Source;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;

/**
 * The indexes one {@link Sco} answers from, built once when it is created and never changed, so that
 * queries only read precomputed arrays and maps.
 */
final class ScoIndex {

    private static final int MAX_SUGGESTIONS = 3;

    // Comparators written out rather than composed from lambdas: the index is built in every fresh JVM's
    // first answer (issue 12, cold start).
    private static final Comparator<StatusPeriod> BY_START_THEN_ID = new Comparator<>() {
        @Override
        public int compare(StatusPeriod a, StatusPeriod b) {
            int byStart = a.period().start().compareTo(b.period().start());
            return byStart != 0 ? byStart : a.id().compareTo(b.id());
        }
    };
    private static final Comparator<StatusPeriod> BY_START_DAY_THEN_COUNTRY = new Comparator<>() {
        @Override
        public int compare(StatusPeriod a, StatusPeriod b) {
            int byStart = a.period().startDay().compareTo(b.period().startDay());
            return byStart != 0 ? byStart : a.country().alpha2().compareTo(b.country().alpha2());
        }
    };

    private final ScoDataset dataset;
    private final Map<String, Country> countriesByKey = new HashMap<>();
    private final Map<Integer, Country> countriesByIsoNumeric = new HashMap<>();
    private final Map<Integer, Country> countriesByCowCode = new HashMap<>();
    /** Built on first need, for suggestions; see {@link #knownNames()}. */
    private volatile Map<Country, List<String>> knownNames;
    /** Built on first need; see {@link #unicodeNames()}. */
    private volatile Map<String, Country> unicodeNames;
    /** Built on first need; racing threads build equal maps, and a map is published whole. */
    private volatile Map<String, Country> jdkNames;
    private final Map<String, List<StatusPeriod>> timelines;
    private final StatusTable anyStatus;
    private final Map<Status, StatusTable> byStatus = new EnumMap<>(Status.class);
    private final Set<String> founders;
    private final Map<Council, List<Meeting>> meetingsByCouncil = new EnumMap<>(Council.class);
    private final Map<Council, Meeting[]> meetingsByOrdinal = new EnumMap<>(Council.class);
    private final Map<SourceId, List<Fact>> factsBySource;
    private final Map<Post, Terms> termsByPost = new EnumMap<>(Post.class);

    ScoIndex(ScoDataset dataset) {
        this.dataset = dataset;
        indexCountryNames();
        this.timelines = indexTimelines();
        this.anyStatus = new StatusTable(dataset.statusPeriods());
        for (Status status : Status.values()) {
            List<StatusPeriod> periods = new ArrayList<>();
            for (StatusPeriod p : dataset.statusPeriods()) {
                if (p.status() == status) {
                    periods.add(p);
                }
            }
            byStatus.put(status, new StatusTable(periods));
        }
        this.founders = indexFounders();
        indexMeetings();
        this.factsBySource = indexCitations();
        for (Post post : Post.values()) {
            List<Appointment> terms = new ArrayList<>();
            for (Appointment a : dataset.appointments()) {
                if (a.post() == post) {
                    terms.add(a);
                }
            }
            termsByPost.put(post, new Terms(terms));
        }
    }

    Terms terms(Post post) {
        return termsByPost.get(post);
    }

    /** A period's nominal first day as an epoch day, for the tables' tight loops. */
    static long firstEpochDay(DateRange period) {
        return period.startDay().toEpochDay();
    }

    /** A period's nominal end (exclusive) as an epoch day; an open end never comes. */
    static long endEpochDay(DateRange period) {
        Optional<LocalDate> end = period.endDay();
        return end.isPresent() ? end.get().toEpochDay() : Long.MAX_VALUE;
    }

    /** One post's terms in chronological order, with their nominal bounds as epoch days for quick tests. */
    static final class Terms {
        final Appointment[] appointments;
        final long[] starts;
        final long[] ends;

        Terms(List<Appointment> terms) {
            appointments = terms.toArray(new Appointment[0]);
            starts = new long[appointments.length];
            ends = new long[appointments.length];
            for (int i = 0; i < appointments.length; i++) {
                starts[i] = firstEpochDay(appointments[i].term());
                ends[i] = endEpochDay(appointments[i].term());
            }
        }
    }

    ScoDataset dataset() {
        return dataset;
    }

    private void indexCountryNames() {
        List<Country> countries = dataset.countries();
        for (Country c : countries) {
            countriesByKey.putIfAbsent(Text.fold(c.alpha2()), c);
            countriesByKey.putIfAbsent(Text.fold(c.alpha3()), c);
            if (c.wikidataId().isPresent()) {
                countriesByKey.putIfAbsent(Text.fold(c.wikidataId().get().value()), c);
            }
            if (c.isoNumeric().isPresent()) {
                countriesByIsoNumeric.putIfAbsent(c.isoNumeric().get().value(), c);
            }
            if (c.cowCode().isPresent()) {
                countriesByCowCode.putIfAbsent(c.cowCode().get().code(), c);
            }
        }
        for (Country c : countries) {
            // Only names in ASCII here; the others need Unicode normalisation, which a fresh JVM need not
            // load for a code or an English name (issue 12, cold start): see unicodeNames().
            for (String name : recordedNames(c)) {
                if (Text.isAscii(name)) {
                    countriesByKey.putIfAbsent(Text.fold(name), c);
                }
            }
        }
    }

    /**
     * The names the JDK's locale data gives (English, Russian, Chinese), folded, built on the first look-up
     * that the codes and the recorded names cannot answer, so that a {@code Sco} that is never asked for such
     * a name never loads the locale data.
     */
    private Map<String, Country> jdkNames() {
        Map<String, Country> names = jdkNames;
        if (names == null) {
            Map<String, Country> built = new HashMap<>();
            for (Country c : dataset.countries()) {
                built.putIfAbsent(Text.fold(c.name(Locale.ENGLISH)), c);
                Country.OFFICIAL_LANGUAGES.forEach(language -> built.putIfAbsent(Text.fold(c.name(language)), c));
            }
            names = Map.copyOf(built);
            jdkNames = names;
        }
        return names;
    }

    /** A country's own names: English names and aliases, then its recorded Russian and Chinese names. */
    private static List<String> recordedNames(Country c) {
        List<String> names = new ArrayList<>(c.names());
        for (CountryName name : c.localNames()) {
            names.add(name.name());
        }
        return names;
    }

    /** The recorded names beyond ASCII (Türkiye, Кыргызстан), folded; built on the first look-up that needs them. */
    private Map<String, Country> unicodeNames() {
        Map<String, Country> names = unicodeNames;
        if (names == null) {
            Map<String, Country> built = new HashMap<>();
            for (Country c : dataset.countries()) {
                for (String name : recordedNames(c)) {
                    if (!Text.isAscii(name)) {
                        built.putIfAbsent(Text.fold(name), c);
                    }
                }
            }
            names = Map.copyOf(built);
            unicodeNames = names;
        }
        return names;
    }

    /** Each country's recorded names, folded, for suggestions after a failed look-up; built on first need. */
    private Map<Country, List<String>> knownNames() {
        Map<Country, List<String>> names = knownNames;
        if (names == null) {
            Map<Country, List<String>> built = new LinkedHashMap<>();
            for (Country c : dataset.countries()) {
                List<String> folded = new ArrayList<>();
                for (String name : recordedNames(c)) {
                    folded.add(Text.fold(name));
                }
                built.put(c, List.copyOf(folded));
            }
            names = Collections.unmodifiableMap(built);
            knownNames = names;
        }
        return names;
    }

    /** Whether the JDK's names were looked up yet; for tests of the cold start. */
    boolean jdkNamesLoaded() {
        return jdkNames != null;
    }

    private Map<String, List<StatusPeriod>> indexTimelines() {
        Map<String, List<StatusPeriod>> byCountry = new HashMap<>();
        for (StatusPeriod p : dataset.statusPeriods()) {
            List<StatusPeriod> periods = byCountry.get(p.country().alpha2());
            if (periods == null) {
                periods = new ArrayList<>();
                byCountry.put(p.country().alpha2(), periods);
            }
            periods.add(p);
        }
        Map<String, List<StatusPeriod>> sorted = new HashMap<>();
        for (Map.Entry<String, List<StatusPeriod>> e : byCountry.entrySet()) {
            List<StatusPeriod> periods = e.getValue();
            periods.sort(BY_START_THEN_ID);
            sorted.put(e.getKey(), List.copyOf(periods));
        }
        return Map.copyOf(sorted);
    }

    private Set<String> indexFounders() {
        StatusTable members = byStatus.get(Status.MEMBER_STATE);
        Set<String> first = new HashSet<>();
        for (int i = 0; i < members.size() && members.starts[i] == members.starts[0]; i++) {
            first.add(members.countries[i].alpha2());
        }
        return Set.copyOf(first);
    }

    private void indexMeetings() {
        for (Council council : Council.values()) {
            List<Meeting> meetings = new ArrayList<>();
            int highest = 0;
            for (Meeting m : dataset.meetings()) {
                if (m.council() == council) {
                    meetings.add(m);
                    highest = Math.max(highest, m.ordinal().orElse(0));
                }
            }
            Meeting[] byOrdinal = new Meeting[highest + 1];
            for (Meeting m : meetings) {
                if (m.ordinal().isPresent()) {
                    byOrdinal[m.ordinal().get()] = m;
                }
            }
            meetingsByCouncil.put(council, List.copyOf(meetings));
            meetingsByOrdinal.put(council, byOrdinal);
        }
    }

    private Map<SourceId, List<Fact>> indexCitations() {
        Map<SourceId, List<Fact>> citing = new HashMap<>();
        for (FactFamily<?> family : FactFamily.all()) {
            for (Fact f : dataset.facts(family)) {
                for (Source s : f.sources()) {
                    List<Fact> facts = citing.get(s.id());
                    if (facts == null) {
                        facts = new ArrayList<>();
                        citing.put(s.id(), facts);
                    }
                    facts.add(f);
                }
            }
        }
        Map<SourceId, List<Fact>> copied = new HashMap<>();
        for (Map.Entry<SourceId, List<Fact>> e : citing.entrySet()) {
            copied.put(e.getKey(), List.copyOf(e.getValue()));
        }
        return Map.copyOf(copied);
    }

    /** The country a user typed, or an exception suggesting the nearest names. */
    Country country(String nameOrCode) {
        Args.nonNull(nameOrCode, "nameOrCode");
        String folded = Text.fold(nameOrCode);
        Country found = countriesByKey.get(folded);
        if (found == null) {
            found = unicodeNames().get(folded);
        }
        if (found == null) {
            found = jdkNames().get(folded);
        }
        if (found == null) {
            throw new IllegalArgumentException(
                    QueryMessages.unknownCountry(nameOrCode, suggestions(folded), dataset.countries().size()));
        }
        return found;
    }

    /** The country with an ISO 3166-1 numeric code, or an exception naming the code. */
    Country countryByIsoNumeric(int code) {
        return byNumber(countriesByIsoNumeric, code, "ISO 3166-1 numeric code");
    }

    /** The country with a Correlates of War state code, or an exception naming the code. */
    Country countryByCowCode(int code) {
        return byNumber(countriesByCowCode, code, "Correlates of War state code");
    }

    private Country byNumber(Map<Integer, Country> countries, int code, String system) {
        Country found = countries.get(code);
        if (found == null) {
            throw new IllegalArgumentException(QueryMessages.unknownNumericCode(system, code));
        }
        return found;
    }

    private List<Country> suggestions(String folded) {
        int tolerance = folded.length() <= 4 ? 1 : folded.length() <= 8 ? 2 : 3;
        Map<Country, List<String>> candidates = new LinkedHashMap<>(knownNames());
        jdkNames().forEach((name, country) -> {
            List<String> names = new ArrayList<>(candidates.get(country));
            names.add(name);
            candidates.put(country, names);
        });
        Map<Country, Integer> scores = new HashMap<>();
        candidates.forEach((country, names) -> {
            int best = Integer.MAX_VALUE;
            for (String name : names) {
                best = Math.min(best, Text.distance(folded, name));
                if (folded.length() >= 3 && name.startsWith(folded)) {
                    best = Math.min(best, 1);
                }
            }
            if (folded.length() == 3) {
                best = Math.min(best, Text.distance(folded, Text.fold(country.alpha3())));
            }
            if (best <= tolerance && !folded.isEmpty()) {
                scores.put(country, best);
            }
        });
        List<Country> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparing((Country c) -> scores.get(c)).thenComparing(Country::shortName));
        return List.copyOf(ranked.subList(0, Math.min(MAX_SUGGESTIONS, ranked.size())));
    }

    List<StatusPeriod> timeline(Country country) {
        return timelines.getOrDefault(country.alpha2(), List.of());
    }

    /** Every change of status whose day's first possible day lies in {@code [from, to)}, in date order. */
    List<StatusChange> changesBetween(LocalDate from, LocalDate to) {
        List<StatusChange> changes = new ArrayList<>();
        for (List<StatusPeriod> timeline : timelines.values()) {
            for (int i = 0; i < timeline.size(); i++) {
                StatusPeriod p = timeline.get(i);
                StatusPeriod previous = i > 0 ? timeline.get(i - 1) : null;
                StatusPeriod next = i + 1 < timeline.size() ? timeline.get(i + 1) : null;
                Optional<Status> before = previous != null && abuts(previous, p)
                        ? Optional.of(previous.status()) : Optional.empty();
                if (!before.equals(Optional.of(p.status()))) {
                    addIfWithin(changes, from, to, new StatusChange(p.country(), p.period().start(), before,
                            Optional.of(p.status()), p.decidedAt(), p.sources()));
                }
                if (p.period().end().isPresent() && (next == null || !abuts(p, next))) {
                    addIfWithin(changes, from, to, new StatusChange(p.country(), p.period().end().get(),
                            Optional.of(p.status()), Optional.empty(), Optional.empty(), p.sources()));
                }
            }
        }
        changes.sort(Comparator.comparing((StatusChange c) -> c.day().firstDay())
                .thenComparing(c -> c.country().alpha2()));
        return List.copyOf(changes);
    }

    private static boolean abuts(StatusPeriod earlier, StatusPeriod later) {
        return earlier.period().endDay().map(later.period().startDay()::equals).orElse(false);
    }

    private static void addIfWithin(List<StatusChange> changes, LocalDate from, LocalDate to, StatusChange change) {
        LocalDate day = change.day().firstDay();
        if (!day.isBefore(from) && day.isBefore(to)) {
            changes.add(change);
        }
    }

    Optional<Status> statusOf(Country country, LocalDate date) {
        for (StatusPeriod p : timeline(country)) {
            if (p.period().contains(date)) {
                return Optional.of(p.status());
            }
        }
        return Optional.empty();
    }

    /** The status periods of one status, or of every status when it is null. */
    StatusTable statusTable(Status status) {
        return status == null ? anyStatus : byStatus.get(status);
    }

    boolean isFounder(Country country) {
        return founders.contains(country.alpha2());
    }

    /** A council's meetings in order, or every meeting when the council is null. */
    List<Meeting> meetings(Council council) {
        return council == null ? dataset.meetings() : meetingsByCouncil.get(council);
    }

    Optional<Meeting> meeting(Council council, int ordinal) {
        Meeting[] byOrdinal = meetingsByOrdinal.get(council);
        return ordinal < byOrdinal.length ? Optional.ofNullable(byOrdinal[ordinal]) : Optional.empty();
    }

    List<Fact> factsCiting(SourceId source) {
        return factsBySource.getOrDefault(source, List.of());
    }

    /**
     * Status periods as parallel arrays sorted by start day then alpha-2 code, with bounds as epoch
     * days (an open end is {@link Long#MAX_VALUE}), so that "who held it on day d" is one tight loop.
     */
    static final class StatusTable {
        final long[] starts;
        final long[] ends;
        final Country[] countries;
        final StatusPeriod[] periods;

        StatusTable(List<StatusPeriod> unsorted) {
            List<StatusPeriod> sorted = new ArrayList<>(unsorted);
            sorted.sort(BY_START_DAY_THEN_COUNTRY);
            int n = sorted.size();
            starts = new long[n];
            ends = new long[n];
            countries = new Country[n];
            periods = sorted.toArray(new StatusPeriod[0]);
            for (int i = 0; i < n; i++) {
                StatusPeriod p = periods[i];
                starts[i] = firstEpochDay(p.period());
                ends[i] = endEpochDay(p.period());
                countries[i] = p.country();
            }
        }

        int size() {
            return periods.length;
        }

        /** The countries holding the status on a day, in table order; unmodifiable. */
        List<Country> holdersOn(LocalDate date) {
            long day = date.toEpochDay();
            List<Country> holders = new ArrayList<>();
            for (int i = 0; i < starts.length && starts[i] <= day; i++) {
                if (day < ends[i]) {
                    holders.add(countries[i]);
                }
            }
            return Collections.unmodifiableList(holders);
        }
    }
}
