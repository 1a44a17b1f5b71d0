package org.scofacts.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scofacts.model.AccessionStep;
import org.scofacts.model.AccessionStepKind;
import org.scofacts.model.Appointment;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.CountryName;
import org.scofacts.model.Fact;
import org.scofacts.model.FactId;
import org.scofacts.model.FactRef;
import org.scofacts.model.MeetingRef;
import org.scofacts.model.Meeting;
import org.scofacts.model.DateRange;
import org.scofacts.model.Post;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.StatusPeriod;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Status;

/** The whole-dataset invariants, checked once when a dataset is built; each failure names the fact at fault. */
final class DatasetValidator {

    private final LocalDate checkedThrough;
    private final Map<String, Country> countries;
    private final Map<SourceId, Source> sources = new HashMap<>();
    private final Map<FactId, Fact> facts = new HashMap<>();

    private DatasetValidator(LocalDate checkedThrough, List<Country> countries) {
        this.checkedThrough = checkedThrough;
        this.countries = countries.stream().collect(Collectors.toMap(Country::alpha2, Function.identity()));
    }

    static void validate(String version, LocalDate checkedThrough, List<Country> countries, List<Source> sources,
                         List<Fact> facts) {
        DatasetValidator v = new DatasetValidator(checkedThrough, countries);
        v.uniqueSources(sources);
        v.uniqueFacts(facts);
        facts.forEach(v::sourcesKnown);
        countries.forEach(v::nameSourcesKnown);
        FactFamily.all().forEach(family -> v.references(family, facts));
        v.everySourceCited(facts, countries);
        v.statusPeriodsDoNotOverlap(facts);
        v.chairmanshipsDoNotOverlap(facts);
        v.termsDoNotOverlap(facts);
        v.ordinalsRunWithoutGaps(facts);
        v.summitHostsPreside(facts);
        v.admissionsStartStatusPeriods(facts);
        v.notAfterCheckDate(facts);
    }

    private static InvalidDatasetException fail(Fact fact, String problem) {
        return new InvalidDatasetException(fact.id(), "fact " + fact.id() + ": " + problem);
    }

    private void uniqueSources(List<Source> all) {
        for (Source s : all) {
            if (sources.putIfAbsent(s.id(), s) != null) {
                throw new InvalidDatasetException(null, "duplicate source id " + s.id());
            }
        }
    }

    private void uniqueFacts(List<Fact> all) {
        for (Fact f : all) {
            Fact previous = facts.putIfAbsent(f.id(), f);
            if (previous != null) {
                throw fail(f, "duplicate fact id, also used by a " + previous.getClass().getSimpleName());
            }
        }
    }

    private void sourcesKnown(Fact fact) {
        for (Source s : fact.sources()) {
            Source known = sources.get(s.id());
            if (known == null) {
                throw fail(fact, "cites unknown source " + s.id());
            }
            if (!known.equals(s)) {
                throw fail(fact, "cites source " + s.id() + " with other details than the dataset's copy");
            }
        }
    }

    /** The countries and facts that the facts of one family refer to, found through their record components. */
    private <F extends Fact> void references(FactFamily<F> family, List<Fact> all) {
        for (F fact : family.select(all)) {
            for (Country c : family.countries(fact)) {
                Country known = countries.get(c.alpha2());
                if (known == null) {
                    throw fail(fact, "names country " + c.alpha2() + " that is not in the dataset's countries");
                }
                if (!known.equals(c)) {
                    throw fail(fact, "names country " + c.alpha2() + " with other details than the dataset's copy");
                }
            }
            for (FactRef reference : family.references(fact)) {
                Fact referred = facts.get(reference.id());
                if (!reference.target().isInstance(referred)) {
                    throw fail(fact, "refers to unknown " + reference.target().getSimpleName().toLowerCase(Locale.ROOT)
                            + " " + reference.id());
                }
            }
        }
    }

    private void nameSourcesKnown(Country country) {
        for (CountryName name : country.localNames()) {
            Source known = sources.get(name.source().id());
            if (known == null) {
                throw new InvalidDatasetException(null, "country " + country.alpha2() + ": name \"" + name.name()
                        + "\" cites unknown source " + name.source().id());
            }
            if (!known.equals(name.source())) {
                throw new InvalidDatasetException(null, "country " + country.alpha2() + ": name \"" + name.name()
                        + "\" cites source " + name.source().id() + " with other details than the dataset's copy");
            }
        }
    }

    private void everySourceCited(List<Fact> all, List<Country> countries) {
        Set<SourceId> cited = new HashSet<>();
        all.forEach(f -> f.sources().forEach(s -> cited.add(s.id())));
        countries.forEach(c -> c.localNames().forEach(n -> cited.add(n.source().id())));
        sources.keySet().stream().filter(id -> !cited.contains(id)).sorted().findFirst().ifPresent(id -> {
            throw new InvalidDatasetException(null, "source " + id + " is cited by no fact");
        });
    }

    private void statusPeriodsDoNotOverlap(List<Fact> all) {
        Map<String, List<StatusPeriod>> byCountry = FactFamily.STATUS_PERIODS.select(all).stream()
                .collect(Collectors.groupingBy(p -> p.country().alpha2()));
        byCountry.values().forEach(periods -> noOverlap(periods, StatusPeriod::period,
                (a, b) -> "status period overlaps " + b.id() + " for country " + a.country().alpha2()
                        + " (" + a.period() + " and " + b.period() + ")"));
    }

    private void chairmanshipsDoNotOverlap(List<Fact> all) {
        noOverlap(FactFamily.CHAIRMANSHIPS.select(all), Chairmanship::term,
                (a, b) -> "two presiding states at once: " + a.presidingState().alpha2() + " " + a.term()
                        + " overlaps " + b.id() + " (" + b.presidingState().alpha2() + " " + b.term() + ")");
    }

    private void termsDoNotOverlap(List<Fact> all) {
        Map<Post, List<Appointment>> byPost = FactFamily.APPOINTMENTS.select(all).stream()
                .collect(Collectors.groupingBy(Appointment::post));
        byPost.values().forEach(terms -> noOverlap(terms, Appointment::term,
                (a, b) -> "term of " + a.holder() + " " + a.term() + " overlaps " + b.id() + " ("
                        + b.holder() + " " + b.term() + ") as " + a.post()));
    }

    private static <T extends Fact> void noOverlap(List<T> facts, Function<T, DateRange> period,
                                                   java.util.function.BiFunction<T, T, String> problem) {
        List<T> byStart = new ArrayList<>(facts);
        byStart.sort(Comparator.comparing(f -> period.apply(f).startDay()));
        for (int i = 1; i < byStart.size(); i++) {
            T earlier = byStart.get(i - 1);
            T later = byStart.get(i);
            if (period.apply(earlier).overlaps(period.apply(later))) {
                throw fail(later, problem.apply(later, earlier));
            }
        }
    }

    private void ordinalsRunWithoutGaps(List<Fact> all) {
        Map<Council, List<Meeting>> byCouncil = FactFamily.MEETINGS.select(all).stream()
                .filter(m -> m.ordinal().isPresent())
                .collect(Collectors.groupingBy(Meeting::council));
        for (List<Meeting> meetings : byCouncil.values()) {
            meetings.sort(Comparator.comparing(m -> m.ordinal().orElseThrow()));
            int expected = meetings.get(0).ordinal().orElseThrow();
            for (Meeting m : meetings) {
                int ordinal = m.ordinal().orElseThrow();
                if (ordinal != expected) {
                    throw fail(m, (ordinal < expected ? "duplicate ordinal " : "gap before ordinal ") + ordinal
                            + " of the " + m.council().title() + " (expected " + expected + ")");
                }
                expected++;
            }
            for (int i = 1; i < meetings.size(); i++) {
                if (meetings.get(i).firstDay().isBefore(meetings.get(i - 1).firstDay())) {
                    throw fail(meetings.get(i), "ordinal " + meetings.get(i).ordinal().orElseThrow()
                            + " is dated before ordinal " + meetings.get(i - 1).ordinal().orElseThrow());
                }
            }
        }
    }

    /**
     * If a chair is recorded on the eve of a summit's closing day (the chair passes on the closing day, so
     * the eve is the outgoing chair's last day), it hosted the summit, or its term records, with the term's
     * sources, that it presided over this summit in another state. A term that records such a summit must
     * hold on that eve, and the summit must have been hosted by another state.
     */
    private void summitHostsPreside(List<Fact> all) {
        List<Chairmanship> chairs = FactFamily.CHAIRMANSHIPS.select(all);
        // Terms do not overlap (checked before), so the term holding on a day is the last one starting by then.
        TreeMap<LocalDate, Chairmanship> byStart = new TreeMap<>();
        chairs.forEach(c -> byStart.put(c.term().startDay(), c));
        for (Meeting summit : FactFamily.MEETINGS.select(all)) {
            if (summit.council() != Council.HEADS_OF_STATE) {
                continue;
            }
            LocalDate eve = presidingDay(summit);
            Optional.ofNullable(byStart.floorEntry(eve)).map(Map.Entry::getValue)
                    .filter(c -> c.term().contains(eve))
                    .filter(c -> !c.presidingState().equals(summit.host()))
                    .filter(c -> !c.summitHostedElsewhere().map(MeetingRef::id).equals(Optional.of(summit.id())))
                    .ifPresent(c -> {
                        throw fail(summit, "hosted by " + summit.host().alpha2() + " while " + c.id()
                                + " has " + c.presidingState().alpha2() + " presiding on " + eve
                                + ", and " + c.id() + " does not record presiding over it abroad");
                    });
        }
        for (Chairmanship c : chairs) {
            c.summitHostedElsewhere().ifPresent(ref -> {
                FactId id = ref.id();
                Fact fact = facts.get(id);
                if (!(fact instanceof Meeting summit) || summit.council() != Council.HEADS_OF_STATE) {
                    throw fail(c, "records presiding abroad over " + id + ", which is not a summit of the"
                            + " Council of Heads of State");
                }
                if (!c.term().contains(presidingDay(summit))) {
                    throw fail(c, "records presiding abroad over " + id + " on " + presidingDay(summit)
                            + ", outside its term " + c.term());
                }
                if (summit.host().equals(c.presidingState())) {
                    throw fail(c, "records presiding abroad over " + id + ", which its own state "
                            + c.presidingState().alpha2() + " hosted");
                }
            });
        }
    }

    /** The outgoing chair's last day at a summit: the eve of its closing day, when the chair passes. */
    private static LocalDate presidingDay(Meeting summit) {
        return summit.lastDay().minusDays(1);
    }

    /**
     * An admission is the start of the status it grants, and no other step towards that status comes
     * certainly after it (at the precision of both dates) while that status lasts; a state that left could
     * apply again.
     */
    private void admissionsStartStatusPeriods(List<Fact> all) {
        Map<Started, StatusPeriod> byStart = new HashMap<>();
        for (StatusPeriod p : FactFamily.STATUS_PERIODS.select(all)) {
            byStart.put(new Started(p.country(), p.status(), p.period().start()), p);
        }
        // Each bid's steps by their first day, the earliest step of a day kept: the first step after an
        // admission is then one look-up.
        Map<Bid, TreeMap<LocalDate, AccessionStep>> bids = new LinkedHashMap<>();
        List<AccessionStep> steps = FactFamily.ACCESSION_STEPS.select(all);
        for (AccessionStep step : steps) {
            bids.computeIfAbsent(new Bid(step.country(), step.statusSought()), bid -> new TreeMap<>())
                    .merge(step.date().firstDay(), step, (earlier, later) -> earlier);
        }
        for (AccessionStep admission : steps) {
            if (admission.kind() != AccessionStepKind.ADMISSION) {
                continue;
            }
            StatusPeriod granted = byStart.get(new Started(admission.country(), admission.statusSought(),
                    admission.date()));
            if (granted == null) {
                throw fail(admission, "admits " + admission.country().alpha2() + " as "
                        + admission.statusSought().label() + " on " + admission.date()
                        + ", but no status period of that country and status starts then");
            }
            Map.Entry<LocalDate, AccessionStep> next = bids.get(new Bid(admission.country(), admission.statusSought()))
                    .higherEntry(admission.date().lastDay());
            if (next != null && granted.period().contains(next.getKey())) {
                AccessionStep step = next.getValue();
                throw fail(step, step.kind() + " of " + step.country().alpha2() + " on " + step.date()
                        + " comes after its admission on " + admission.date());
            }
        }
    }

    /** A state's bid for a status: the steps towards it, one admission at a time. */
    private record Bid(Country country, Status status) {
    }

    /** A status period's owner, status and first date, as an admission names them. */
    private record Started(Country country, Status status, PartialDate start) {
    }

    private void notAfterCheckDate(List<Fact> all) {
        for (Fact fact : all) {
            fact.start().filter(start -> start.firstDay().isAfter(checkedThrough)).ifPresent(start -> {
                throw fail(fact, "starts on " + start + ", after the check date " + checkedThrough);
            });
        }
    }
}
