package org.scofacts.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scofacts.model.Appointment;
import org.scofacts.model.Body;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.Council;
import org.scofacts.model.Country;
import org.scofacts.model.Designation;
import org.scofacts.model.Document;
import org.scofacts.model.Event;
import org.scofacts.model.Fact;
import org.scofacts.model.FactId;
import org.scofacts.model.Figure;
import org.scofacts.model.Meeting;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Period;
import org.scofacts.model.Place;
import org.scofacts.model.Post;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.StatusPeriod;

/** The whole-dataset invariants, checked once at load; each failure names the fact at fault. */
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
        facts.forEach(v::references);
        v.everySourceCited(facts);
        v.statusPeriodsDoNotOverlap(facts);
        v.chairmanshipsDoNotOverlap(facts);
        v.termsDoNotOverlap(facts);
        v.ordinalsRunWithoutGaps(facts);
        v.summitHostsPreside(facts);
        facts.forEach(v::notAfterCheckDate);
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

    private void references(Fact fact) {
        for (Source s : fact.sources()) {
            Source known = sources.get(s.id());
            if (known == null) {
                throw fail(fact, "cites unknown source " + s.id());
            }
            if (!known.equals(s)) {
                throw fail(fact, "cites source " + s.id() + " with other details than the dataset's copy");
            }
        }
        for (Country c : countriesOf(fact)) {
            Country known = countries.get(c.alpha2());
            if (known == null) {
                throw fail(fact, "names country " + c.alpha2() + " that is not in the dataset's countries");
            }
            if (!known.equals(c)) {
                throw fail(fact, "names country " + c.alpha2() + " with other details than the dataset's copy");
            }
        }
        for (FactId meeting : meetingReferences(fact)) {
            if (!(facts.get(meeting) instanceof Meeting)) {
                throw fail(fact, "refers to unknown meeting " + meeting);
            }
        }
    }

    private static List<Country> countriesOf(Fact fact) {
        List<Country> named = new ArrayList<>();
        if (fact instanceof StatusPeriod) {
            named.add(((StatusPeriod) fact).country());
        } else if (fact instanceof Meeting) {
            named.add(((Meeting) fact).place().country());
        } else if (fact instanceof Document) {
            ((Document) fact).place().map(Place::country).ifPresent(named::add);
        } else if (fact instanceof Appointment) {
            named.add(((Appointment) fact).nominatedBy());
        } else if (fact instanceof Body) {
            ((Body) fact).seat().map(Place::country).ifPresent(named::add);
        } else if (fact instanceof Chairmanship) {
            named.add(((Chairmanship) fact).presidingState());
        } else if (fact instanceof Designation) {
            ((Designation) fact).place().map(Place::country).ifPresent(named::add);
        } else if (fact instanceof Event) {
            ((Event) fact).place().map(Place::country).ifPresent(named::add);
        }
        return named;
    }

    private static List<FactId> meetingReferences(Fact fact) {
        Optional<FactId> ref = Optional.empty();
        if (fact instanceof StatusPeriod) {
            ref = ((StatusPeriod) fact).decidedAt();
        } else if (fact instanceof Document) {
            ref = ((Document) fact).adoptedAt();
        }
        return ref.stream().collect(Collectors.toList());
    }

    private void everySourceCited(List<Fact> all) {
        Set<SourceId> cited = new HashSet<>();
        all.forEach(f -> f.sources().forEach(s -> cited.add(s.id())));
        sources.keySet().stream().filter(id -> !cited.contains(id)).sorted().findFirst().ifPresent(id -> {
            throw new InvalidDatasetException(null, "source " + id + " is cited by no fact");
        });
    }

    private void statusPeriodsDoNotOverlap(List<Fact> all) {
        Map<String, List<StatusPeriod>> byCountry = of(all, StatusPeriod.class).stream()
                .collect(Collectors.groupingBy(p -> p.country().alpha2()));
        byCountry.values().forEach(periods -> noOverlap(periods, StatusPeriod::period,
                (a, b) -> "status period overlaps " + b.id() + " for country " + a.country().alpha2()
                        + " (" + a.period() + " and " + b.period() + ")"));
    }

    private void chairmanshipsDoNotOverlap(List<Fact> all) {
        noOverlap(of(all, Chairmanship.class), Chairmanship::term,
                (a, b) -> "two presiding states at once: " + a.presidingState().alpha2() + " " + a.term()
                        + " overlaps " + b.id() + " (" + b.presidingState().alpha2() + " " + b.term() + ")");
    }

    private void termsDoNotOverlap(List<Fact> all) {
        Map<Post, List<Appointment>> byPost = of(all, Appointment.class).stream()
                .collect(Collectors.groupingBy(Appointment::post));
        byPost.values().forEach(terms -> noOverlap(terms, Appointment::term,
                (a, b) -> "term of " + a.holder() + " " + a.term() + " overlaps " + b.id() + " ("
                        + b.holder() + " " + b.term() + ") as " + a.post()));
    }

    private static <T extends Fact> void noOverlap(List<T> facts, Function<T, Period> period,
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
        Map<Council, List<Meeting>> byCouncil = of(all, Meeting.class).stream()
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

    private void summitHostsPreside(List<Fact> all) {
        List<Chairmanship> chairs = of(all, Chairmanship.class);
        if (chairs.isEmpty()) {
            return;
        }
        for (Meeting summit : of(all, Meeting.class)) {
            if (summit.council() != Council.HEADS_OF_STATE) {
                continue;
            }
            chairs.stream().filter(c -> c.term().contains(summit.firstDay())).findFirst()
                    .filter(c -> !c.presidingState().equals(summit.host()))
                    .ifPresent(c -> {
                        throw fail(summit, "hosted by " + summit.host().alpha2() + " while " + c.id()
                                + " has " + c.presidingState().alpha2() + " presiding on " + summit.firstDay());
                    });
        }
    }

    private void notAfterCheckDate(Fact fact) {
        startOf(fact).filter(start -> start.firstDay().isAfter(checkedThrough)).ifPresent(start -> {
            throw fail(fact, "starts on " + start + ", after the check date " + checkedThrough);
        });
    }

    /** When a fact starts; empty for a body whose founding date is not recorded. */
    private static Optional<PartialDate> startOf(Fact fact) {
        if (fact instanceof StatusPeriod) {
            return Optional.of(((StatusPeriod) fact).period().start());
        } else if (fact instanceof Meeting) {
            return Optional.of(PartialDate.of(((Meeting) fact).firstDay()));
        } else if (fact instanceof Document) {
            return Optional.of(((Document) fact).adopted());
        } else if (fact instanceof Appointment) {
            return Optional.of(((Appointment) fact).term().start());
        } else if (fact instanceof Body) {
            return ((Body) fact).established();
        } else if (fact instanceof Chairmanship) {
            return Optional.of(((Chairmanship) fact).term().start());
        } else if (fact instanceof Designation) {
            return Optional.of(((Designation) fact).period().start());
        } else if (fact instanceof Event) {
            return Optional.of(((Event) fact).period().start());
        }
        return Optional.of(((Figure) fact).referenceDate());
    }

    private static <T> List<T> of(List<Fact> all, Class<T> type) {
        return ScoDataset.ofType(all, type);
    }
}
