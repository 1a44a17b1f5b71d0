package org.scofacts.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scofacts.model.Country;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;

/** The status periods of a dataset: each country's timeline, and who held each status on a day. */
final class StatusIndex {

    private static final Comparator<StatusPeriod> BY_START_DAY_THEN_COUNTRY = new Comparator<>() {
        @Override
        public int compare(StatusPeriod a, StatusPeriod b) {
            int byStart = a.period().startDay().compareTo(b.period().startDay());
            return byStart != 0 ? byStart : a.country().alpha2().compareTo(b.country().alpha2());
        }
    };

    private final Map<String, List<StatusPeriod>> timelines;
    private final StatusTable anyStatus;
    private final StatusTable[] byStatus = new StatusTable[Status.values().length];
    private final Set<String> founders;

    StatusIndex(List<StatusPeriod> statusPeriods) {
        this.timelines = indexTimelines(statusPeriods);
        this.anyStatus = new StatusTable(statusPeriods);
        for (Status status : Status.values()) {
            List<StatusPeriod> periods = new ArrayList<>();
            for (StatusPeriod p : statusPeriods) {
                if (p.status() == status) {
                    periods.add(p);
                }
            }
            byStatus[status.ordinal()] = new StatusTable(periods);
        }
        this.founders = indexFounders();
    }

    /** Each country's periods, in the dataset's order of status periods: by start, then identifier. */
    private static Map<String, List<StatusPeriod>> indexTimelines(List<StatusPeriod> statusPeriods) {
        Map<String, List<StatusPeriod>> byCountry = new HashMap<>();
        for (StatusPeriod p : statusPeriods) {
            List<StatusPeriod> periods = byCountry.get(p.country().alpha2());
            if (periods == null) {
                periods = new ArrayList<>();
                byCountry.put(p.country().alpha2(), periods);
            }
            periods.add(p);
        }
        Map<String, List<StatusPeriod>> timelines = new HashMap<>();
        for (Map.Entry<String, List<StatusPeriod>> e : byCountry.entrySet()) {
            timelines.put(e.getKey(), List.copyOf(e.getValue()));
        }
        return Map.copyOf(timelines);
    }

    private Set<String> indexFounders() {
        List<StatusPeriod> members = byStatus[Status.MEMBER_STATE.ordinal()].periods;
        Set<String> first = new HashSet<>();
        for (StatusPeriod p : members) {
            if (!p.period().startDay().equals(members.get(0).period().startDay())) {
                break;
            }
            first.add(p.country().alpha2());
        }
        return Set.copyOf(first);
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
        return status == null ? anyStatus : byStatus[status.ordinal()];
    }

    boolean isFounder(Country country) {
        return founders.contains(country.alpha2());
    }

    /** Status periods sorted by start day then alpha-2 code, so that "who held it on day d" stops early. */
    static final class StatusTable {
        final List<StatusPeriod> periods;

        StatusTable(List<StatusPeriod> unsorted) {
            List<StatusPeriod> sorted = new ArrayList<>(unsorted);
            sorted.sort(BY_START_DAY_THEN_COUNTRY);
            periods = List.copyOf(sorted);
        }

        /** The countries holding the status on a day, in table order; unmodifiable. */
        List<Country> holdersOn(LocalDate date) {
            List<Country> holders = new ArrayList<>();
            for (StatusPeriod p : periods) {
                if (p.period().startDay().isAfter(date)) {
                    break;
                }
                if (p.period().contains(date)) {
                    holders.add(p.country());
                }
            }
            return Collections.unmodifiableList(holders);
        }
    }
}
