package org.scofacts.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scofacts.data.FactFamily;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Country;
import org.scofacts.model.Fact;
import org.scofacts.model.FactId;
import org.scofacts.model.Place;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.data.internal.RecordShape;

/**
 * What changed between two datasets, fact by fact and field by field: facts, sources and countries
 * added, removed and changed. Facts are matched by {@link FactId}, sources by {@link SourceId} and
 * countries by alpha-2 code, so a fact whose identifier changed shows as one removal and one addition.
 * A fact refers to its countries and sources by their identifiers here: a corrected source title is one
 * changed source, not a change to every fact that cites it.
 *
 * @param fromVersion    the version of the older dataset
 * @param toVersion      the version of the newer dataset
 * @param addedFacts     facts only in the newer dataset, by identifier
 * @param removedFacts   facts only in the older dataset, by identifier
 * @param changedFacts   facts in both whose fields differ, by identifier
 * @param addedSources   sources only in the newer dataset, by identifier
 * @param removedSources sources only in the older dataset, by identifier
 * @param changedSources sources in both whose fields differ, by identifier
 * @param addedCountries   countries only in the newer dataset, by alpha-2 code
 * @param removedCountries countries only in the older dataset, by alpha-2 code
 * @param changedCountries countries in both whose fields differ, by alpha-2 code
 * @since 0.1.0
 */
public record DatasetDiff(String fromVersion, String toVersion, List<Fact> addedFacts, List<Fact> removedFacts,
                          List<Change> changedFacts, List<Source> addedSources, List<Source> removedSources,
                          List<Change> changedSources, List<Country> addedCountries,
                          List<Country> removedCountries, List<Change> changedCountries) {

    /**
     * Copies the lists.
     *
     * @param fromVersion    see {@link #fromVersion()}
     * @param toVersion      see {@link #toVersion()}
     * @param addedFacts     see {@link #addedFacts()}
     * @param removedFacts   see {@link #removedFacts()}
     * @param changedFacts   see {@link #changedFacts()}
     * @param addedSources   see {@link #addedSources()}
     * @param removedSources see {@link #removedSources()}
     * @param changedSources see {@link #changedSources()}
     * @param addedCountries   see {@link #addedCountries()}
     * @param removedCountries see {@link #removedCountries()}
     * @param changedCountries see {@link #changedCountries()}
     * @throws NullPointerException if any argument is null
     */
    public DatasetDiff {
        Objects.requireNonNull(fromVersion, "fromVersion");
        Objects.requireNonNull(toVersion, "toVersion");
        addedFacts = List.copyOf(Objects.requireNonNull(addedFacts, "addedFacts"));
        removedFacts = List.copyOf(Objects.requireNonNull(removedFacts, "removedFacts"));
        changedFacts = List.copyOf(Objects.requireNonNull(changedFacts, "changedFacts"));
        addedSources = List.copyOf(Objects.requireNonNull(addedSources, "addedSources"));
        removedSources = List.copyOf(Objects.requireNonNull(removedSources, "removedSources"));
        changedSources = List.copyOf(Objects.requireNonNull(changedSources, "changedSources"));
        addedCountries = List.copyOf(Objects.requireNonNull(addedCountries, "addedCountries"));
        removedCountries = List.copyOf(Objects.requireNonNull(removedCountries, "removedCountries"));
        changedCountries = List.copyOf(Objects.requireNonNull(changedCountries, "changedCountries"));
    }

    /**
     * Compares two datasets.
     *
     * @param older the dataset before
     * @param newer the dataset after
     * @return the differences, each list ordered by identifier
     */
    public static DatasetDiff between(ScoDataset older, ScoDataset newer) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        Map<String, Fact> before = byId(older.facts().collect(Collectors.toList()), f -> f.id().value());
        Map<String, Fact> after = byId(newer.facts().collect(Collectors.toList()), f -> f.id().value());
        Map<String, Source> sourcesBefore = byId(older.sources(), s -> s.id().value());
        Map<String, Source> sourcesAfter = byId(newer.sources(), s -> s.id().value());
        Map<String, Country> countriesBefore = byId(older.countries(), Country::alpha2);
        Map<String, Country> countriesAfter = byId(newer.countries(), Country::alpha2);
        return new DatasetDiff(older.version(), newer.version(), onlyIn(after, before), onlyIn(before, after),
                changes(before, after, DatasetDiff::family, fact -> fields((Record) fact)),
                onlyIn(sourcesAfter, sourcesBefore),
                onlyIn(sourcesBefore, sourcesAfter), changes(sourcesBefore, sourcesAfter, DatasetDiff::kind,
                DatasetDiff::fields), onlyIn(countriesAfter, countriesBefore), onlyIn(countriesBefore, countriesAfter),
                changes(countriesBefore, countriesAfter, DatasetDiff::kind, DatasetDiff::fields));
    }

    /**
     * Whether the two datasets hold the same facts and sources.
     *
     * @return true when every list is empty
     */
    public boolean isEmpty() {
        return addedFacts.isEmpty() && removedFacts.isEmpty() && changedFacts.isEmpty() && addedSources.isEmpty()
                && removedSources.isEmpty() && changedSources.isEmpty() && addedCountries.isEmpty()
                && removedCountries.isEmpty() && changedCountries.isEmpty();
    }

    private static <T> Map<String, T> byId(List<T> values, Function<T, String> id) {
        return values.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    private static <T> List<T> onlyIn(Map<String, T> these, Map<String, T> notThose) {
        return these.entrySet().stream().filter(e -> !notThose.containsKey(e.getKey())).map(Map.Entry::getValue)
                .collect(Collectors.toList());
    }

    private static String family(Fact fact) {
        return FactFamily.of(fact).name();
    }

    private static String kind(Record record) {
        return record.getClass().getSimpleName();
    }

    /** The components of a fact, a source or a country, by name in declaration order, as JSON walks them. */
    private static Map<String, Object> fields(Record record) {
        return RecordShape.ofRecord(record).values(record);
    }

    // A fact whose only difference lies inside a country or source it refers to is not changed itself.
    private static <T> List<Change> changes(Map<String, T> before, Map<String, T> after, Function<T, String> kind,
                                            Function<T, Map<String, Object>> fields) {
        List<Change> changes = new ArrayList<>();
        before.forEach((id, old) -> Optional.ofNullable(after.get(id))
                .filter(now -> !now.equals(old))
                .map(now -> Change.of(id, kind.apply(old), fields.apply(old), kind.apply(now), fields.apply(now)))
                .filter(change -> !change.fields().isEmpty())
                .ifPresent(changes::add));
        return changes;
    }

    /**
     * A fact or source present in both datasets with different fields.
     *
     * @param id     the identifier of the fact or source
     * @param fields the fields that differ, in declaration order
     * @since 0.1.0
     */
    public record Change(String id, List<FieldChange> fields) {

        /**
         * Copies the fields.
         *
         * @param id     see {@link #id()}
         * @param fields see {@link #fields()}
         * @throws NullPointerException if an argument is null
         */
        public Change {
            Objects.requireNonNull(id, "id");
            fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
        }

        static Change of(String id, String kindBefore, Map<String, Object> before, String kindAfter,
                         Map<String, Object> after) {
            if (!kindBefore.equals(kindAfter)) {
                return new Change(id, List.of(new FieldChange("kind", kindBefore, kindAfter)));
            }
            List<FieldChange> fields = new ArrayList<>();
            before.forEach((field, was) -> {
                Object is = after.get(field);
                if (!describe(was).equals(describe(is))) {
                    fields.add(new FieldChange(field, describe(was), describe(is)));
                }
            });
            return new Change(id, fields);
        }

        // A fact refers to countries and sources; their own changes are reported once, by identifier,
        // not again on every fact that refers to them.
        private static String describe(Object value) {
            if (value instanceof Country) {
                return ((Country) value).alpha2();
            }
            if (value instanceof Place) {
                return ((Place) value).city() + ", " + ((Place) value).country().alpha2();
            }
            if (value instanceof java.util.Set<?>) {
                return ((java.util.Set<?>) value).stream().map(Change::describe).sorted()
                        .collect(Collectors.joining(", ", "[", "]"));
            }
            if (value instanceof List<?>) {
                return ((List<?>) value).stream().map(Change::describe).collect(Collectors.joining(", ", "[", "]"));
            }
            if (value instanceof Source) {
                return ((Source) value).id().value();
            }
            if (value instanceof Optional<?>) {
                return ((Optional<?>) value).map(Change::describe).orElse("(none)");
            }
            return String.valueOf(value);
        }
    }

    /**
     * One field whose value differs.
     *
     * @param field  the field's name, as the record component is named
     * @param before the old value, as text
     * @param after  the new value, as text
     * @since 0.1.0
     */
    public record FieldChange(String field, String before, String after) {

        /**
         * Validates the change.
         *
         * @param field  see {@link #field()}
         * @param before see {@link #before()}
         * @param after  see {@link #after()}
         * @throws NullPointerException if an argument is null
         */
        public FieldChange {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        /**
         * Reads as {@code field: before -> after}.
         *
         * @return the change as one line
         */
        @Override
        public String toString() {
            return field + ": " + before + " -> " + after;
        }
    }
}
