package org.scofacts.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scofacts.data.ScoDataset;
import org.scofacts.data.internal.RecordShape;
import org.scofacts.model.Claim;
import org.scofacts.model.Council;
import org.scofacts.model.DateRange;
import org.scofacts.model.Fact;
import org.scofacts.model.FactId;
import org.scofacts.model.FactRef;
import org.scofacts.model.Meeting;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;

/**
 * A dataset many times the size of the bundled one, for measuring how validation and indexing grow: copy
 * {@code k} of every fact and of every source that facts cite, with {@code copyK.} put before its identifier,
 * and its dates moved into the {@code k}-th of {@value #SLOTS} consecutive slots of the calendar, so that
 * copies never overlap in time and every whole-dataset rule (one chair at a time, one term per post, one
 * status per country, ordinals without gaps) still holds. A slot is about ten years and the bundled data
 * spans thirty, so dates are scaled down about fourfold and kept to the day; the order of any two days is
 * kept (ties may appear), which is all the rules look at. A copy's open-ended ranges end with its slot,
 * except in the last copy. The countries are the bundled ones, shared by every copy.
 */
final class SyntheticDataset {

    /** The number of slots the calendar is cut into: the largest number of copies. */
    static final int SLOTS = 1000;

    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final long SLOT_DAYS = (LocalDate.of(9999, 1, 1).toEpochDay() - FIRST_DAY.toEpochDay()) / SLOTS;

    private final ScoDataset bundled;
    private final long firstDataDay;
    private final long scale;
    private final Map<Council, Integer> ordinalSpans = new EnumMap<>(Council.class);

    private SyntheticDataset(ScoDataset bundled) {
        this.bundled = bundled;
        List<LocalDate> days = new ArrayList<>();
        bundled.facts().forEach(fact -> collectDays(fact, days));
        long first = days.stream().mapToLong(LocalDate::toEpochDay).min().orElseThrow();
        long last = days.stream().mapToLong(LocalDate::toEpochDay).max().orElseThrow();
        this.firstDataDay = first;
        this.scale = (last - first + 1 + SLOT_DAYS - 3) / (SLOT_DAYS - 2);
        Map<Council, Integer> lowest = new EnumMap<>(Council.class);
        Map<Council, Integer> highest = new EnumMap<>(Council.class);
        for (Meeting m : bundled.meetings()) {
            m.ordinal().ifPresent(o -> {
                lowest.merge(m.council(), o, Math::min);
                highest.merge(m.council(), o, Math::max);
            });
        }
        highest.forEach((council, max) -> ordinalSpans.put(council, max - lowest.get(council) + 1));
    }

    /**
     * A builder holding {@code copies} copies of the bundled dataset, ready to be built (and so validated).
     *
     * @param copies how many copies, 1 to {@value #SLOTS}
     * @return the builder
     */
    static ScoDataset.Builder of(int copies) {
        if (copies < 1 || copies > SLOTS) {
            throw new IllegalArgumentException("copies must be 1 to " + SLOTS + ", was " + copies);
        }
        return new SyntheticDataset(ScoDataset.bundled()).builder(copies);
    }

    private ScoDataset.Builder builder(int copies) {
        List<Source> sources = new ArrayList<>(bundled.sources());
        Set<SourceId> cited = new HashSet<>();
        bundled.facts().forEach(f -> f.sources().forEach(s -> cited.add(s.id())));
        List<Fact> facts = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            Copy copy = new Copy(k, k == copies - 1);
            if (k > 0) {
                for (Source s : bundled.sources()) {
                    if (cited.contains(s.id())) {
                        sources.add((Source) copy.map(s));
                    }
                }
            }
            bundled.facts().forEach(f -> facts.add((Fact) copy.map(f)));
        }
        LocalDate checkedThrough = new Copy(copies - 1, true).day(bundled.checkedThrough());
        return ScoDataset.builder().version(bundled.version() + "-x" + copies).checkedThrough(checkedThrough)
                .countries(bundled.countries()).sources(sources).facts(facts);
    }

    private static void collectDays(Object value, List<LocalDate> days) {
        if (value instanceof LocalDate day) {
            days.add(day);
        } else if (value instanceof PartialDate date) {
            days.add(date.firstDay());
            days.add(date.lastDay());
        } else if (value instanceof DateRange range) {
            days.add(range.startDay());
            range.endDay().ifPresent(days::add);
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> collectDays(v, days));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectDays(v, days));
        } else if (value instanceof Record record && !(value instanceof Source)) {
            RecordShape.ofRecord(record).values(record).values().forEach(v -> collectDays(v, days));
        }
    }

    /** The mapping of one copy: identifiers, days, ordinals. */
    private final class Copy {
        private final int k;
        private final boolean last;

        Copy(int k, boolean last) {
            this.k = k;
            this.last = last;
        }

        LocalDate day(LocalDate day) {
            return LocalDate.ofEpochDay(FIRST_DAY.toEpochDay() + k * SLOT_DAYS + (day.toEpochDay() - firstDataDay) / scale);
        }

        private LocalDate slotEnd() {
            return LocalDate.ofEpochDay(FIRST_DAY.toEpochDay() + (k + 1) * SLOT_DAYS - 1);
        }

        Object map(Object value) {
            if (value instanceof FactId id) {
                return k == 0 ? id : FactId.of("copy" + k + "." + id.value());
            } else if (value instanceof SourceId id) {
                return k == 0 ? id : SourceId.of("copy" + k + "." + id.value());
            } else if (value instanceof LocalDate day) {
                return day(day);
            } else if (value instanceof PartialDate date) {
                return PartialDate.of(day(date.firstDay()));
            } else if (value instanceof DateRange range) {
                LocalDate start = day(range.startDay());
                Optional<LocalDate> end = range.endDay().map(this::day).or(() -> last ? Optional.empty()
                        : Optional.of(slotEnd()));
                return end.map(e -> DateRange.of(start, e.isAfter(start) ? e : start.plusDays(1)))
                        .orElseGet(() -> DateRange.ofOpenEnd(start));
            } else if (value instanceof Optional<?> optional) {
                return optional.map(this::map);
            } else if (value instanceof List<?> list) {
                List<Object> mapped = new ArrayList<>(list.size());
                list.forEach(v -> mapped.add(map(v)));
                return List.copyOf(mapped);
            } else if (value instanceof Source source) {
                return new Source((SourceId) map(source.id()), source.kind(), source.title(), source.publisher(),
                        source.published(), source.url(), source.note());
            } else if (value instanceof Meeting meeting) {
                // Ordinals continue from copy to copy, so that each council's still run without gaps.
                Meeting copied = (Meeting) rebuild(meeting);
                Optional<Integer> ordinal = meeting.ordinal()
                        .map(o -> o + k * ordinalSpans.getOrDefault(meeting.council(), 0));
                return new Meeting(copied.id(), copied.council(), ordinal, copied.firstDay(), copied.lastDay(),
                        copied.place(), copied.format(), copied.sources(), copied.wikidataId());
            } else if (value instanceof Fact || value instanceof FactRef || value instanceof Claim) {
                return rebuild((Record) value);
            }
            return value;
        }

        private Object rebuild(Record record) {
            RecordShape<Record> shape = RecordShape.ofRecord(record);
            List<Object> args = new ArrayList<>();
            shape.values(record).values().forEach(v -> args.add(map(v)));
            return shape.create(args.toArray());
        }
    }
}
