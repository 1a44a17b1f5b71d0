package org.scofacts.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.scofacts.model.AccessionStep;
import org.scofacts.model.Appointment;
import org.scofacts.model.Body;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.Country;
import org.scofacts.model.Designation;
import org.scofacts.model.Document;
import org.scofacts.model.Event;
import org.scofacts.model.Fact;
import org.scofacts.model.FactId;
import org.scofacts.model.Figure;
import org.scofacts.model.Meeting;
import org.scofacts.model.Partnership;
import org.scofacts.model.Principle;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.StatusPeriod;

/**
 * An immutable, validated set of SCO facts with the sources they cite, a data version and the date
 * up to which the facts were checked.
 *
 * <p>Every list is unmodifiable and in its family's {@linkplain FactFamily#order() order} (by start, ties
 * broken by identifier, unless the family has an order of its own), so two loads of the same data list
 * the same facts in the same order. {@link Builder#build()} validates a dataset of your own once, when it
 * is built; see it for the rules. The {@linkplain #bundled() bundled} dataset builds each family when it
 * is first asked for; the library's build proves that the shipped tables pass the same checks.
 *
 * @since 0.1.0
 */
public final class ScoDataset {

    private final String version;
    private final LocalDate checkedThrough;
    private final List<Country> countries;
    private final Map<String, Country> countriesByAlpha2;
    private final FactStore store;
    private volatile Map<FactId, Fact> factsById;
    private volatile Map<SourceId, Source> sourcesById;

    ScoDataset(String version, LocalDate checkedThrough, Collection<Country> countries, FactStore store) {
        this.version = version;
        this.checkedThrough = checkedThrough;
        this.countriesByAlpha2 = byAlpha2(countries);
        this.countries = List.copyOf(countriesByAlpha2.values());
        this.store = store;
    }

    /** Countries by code, through a sorted map rather than a comparator. */
    private static Map<String, Country> byAlpha2(Collection<Country> countries) {
        Map<String, Country> byCode = new TreeMap<>();
        for (Country c : countries) {
            byCode.put(c.alpha2(), c);
        }
        return Collections.unmodifiableMap(byCode);
    }

    /** The bundled dataset, made when first asked for. */
    private static final class Bundled {
        static final ScoDataset DATASET = new ScoDataset(BundledDataset.VERSION, BundledDataset.CHECKED_THROUGH,
                Countries.all(), new BundledDataset());
    }

    /**
     * The dataset shipped with the library, made on first use and then shared; each family is built
     * when first asked for. Its tables are checked whole when the library is built, not when loaded.
     *
     * @return the bundled dataset
     */
    public static ScoDataset bundled() {
        return Bundled.DATASET;
    }

    /**
     * A builder for a dataset of your own, for example a corrected or extended copy of the bundled one.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding every part of this dataset, to change and build anew.
     *
     * @return a builder with this dataset's version, check date, countries, sources and facts
     */
    public Builder toBuilder() {
        return builder().version(version).checkedThrough(checkedThrough)
                .countries(countries).sources(sources()).facts(allFacts());
    }

    /**
     * The data version, which changes whenever a fact does.
     *
     * @return the version, such as {@code 2026.11.1}
     */
    public String version() {
        return version;
    }

    /**
     * The date up to which the facts were checked against their sources. Answers about later dates
     * assume nothing changed since.
     *
     * @return the check date
     */
    public LocalDate checkedThrough() {
        return checkedThrough;
    }

    /**
     * Whether the facts were checked on a day: true up to and including {@link #checkedThrough()}.
     *
     * @param date the day asked about
     * @return false when an answer for that day assumes that nothing changed after the check date
     */
    public boolean isChecked(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isAfter(checkedThrough);
    }

    /**
     * Every country that any fact refers to, by alpha-2 code.
     *
     * @return the countries
     */
    public List<Country> countries() {
        return countries;
    }

    /**
     * Every source that facts cite, by identifier.
     *
     * @return the sources
     */
    public List<Source> sources() {
        return store.sources();
    }

    private List<Fact> allFacts() {
        List<Fact> all = new ArrayList<>();
        for (FactFamily<?> family : FactFamily.all()) {
            all.addAll(facts(family));
        }
        return all;
    }

    /**
     * Every status period, by start.
     *
     * @return the status periods
     */
    public List<StatusPeriod> statusPeriods() {
        return facts(FactFamily.STATUS_PERIODS);
    }

    /**
     * Every council meeting, by first day.
     *
     * @return the meetings
     */
    public List<Meeting> meetings() {
        return facts(FactFamily.MEETINGS);
    }

    /**
     * Every document, by adoption date.
     *
     * @return the documents
     */
    public List<Document> documents() {
        return facts(FactFamily.DOCUMENTS);
    }

    /**
     * Every appointment, by start of term.
     *
     * @return the appointments
     */
    public List<Appointment> appointments() {
        return facts(FactFamily.APPOINTMENTS);
    }

    /**
     * Every body, by identifier.
     *
     * @return the bodies
     */
    public List<Body> bodies() {
        return facts(FactFamily.BODIES);
    }

    /**
     * Every chairmanship, by start of term.
     *
     * @return the chairmanships
     */
    public List<Chairmanship> chairmanships() {
        return facts(FactFamily.CHAIRMANSHIPS);
    }

    /**
     * Every designation, by start.
     *
     * @return the designations
     */
    public List<Designation> designations() {
        return facts(FactFamily.DESIGNATIONS);
    }

    /**
     * Every event, by start.
     *
     * @return the events
     */
    public List<Event> events() {
        return facts(FactFamily.EVENTS);
    }

    /**
     * Every figure, by reference date.
     *
     * @return the figures
     */
    public List<Figure> figures() {
        return facts(FactFamily.FIGURES);
    }

    /**
     * Every step of a state's accession, by date.
     *
     * @return the accession steps
     */
    public List<AccessionStep> accessionSteps() {
        return facts(FactFamily.ACCESSION_STEPS);
    }

    /**
     * Every tie with another international organisation, by date.
     *
     * @return the partnerships
     */
    public List<Partnership> partnerships() {
        return facts(FactFamily.PARTNERSHIPS);
    }

    /**
     * Every principle, by the date it was stated.
     *
     * @return the principles
     */
    public List<Principle> principles() {
        return facts(FactFamily.PRINCIPLES);
    }

    /**
     * Every fact of every family, family by family in the order of the accessors above.
     *
     * @return the facts
     */
    public Stream<Fact> facts() {
        return allFacts().stream();
    }

    /**
     * Every fact of one family, in the family's {@link FactFamily#order() order}.
     *
     * @param family the family
     * @param <F>    the family's record type
     * @return the facts, unmodifiable
     * @throws NullPointerException if the family is null
     */
    public <F extends Fact> List<F> facts(FactFamily<F> family) {
        Objects.requireNonNull(family, "family");
        return store.facts(family);
    }

    /** The families built so far: all of them in a built dataset; those asked for in the bundled one. */
    Set<FactFamily<?>> loadedFamilies() {
        return store.loadedFamilies();
    }

    /**
     * The fact with an identifier.
     *
     * @param id the identifier
     * @return the fact, or empty if the dataset has none with that identifier
     */
    public Optional<Fact> fact(FactId id) {
        Objects.requireNonNull(id, "id");
        Map<FactId, Fact> byId = factsById;
        if (byId == null) {
            byId = new HashMap<>();
            for (Fact f : allFacts()) {
                byId.put(f.id(), f);
            }
            factsById = byId;
        }
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The source with an identifier.
     *
     * @param id the identifier
     * @return the source, or empty if the dataset has none with that identifier
     */
    public Optional<Source> source(SourceId id) {
        Objects.requireNonNull(id, "id");
        Map<SourceId, Source> byId = sourcesById;
        if (byId == null) {
            byId = new HashMap<>();
            for (Source source : sources()) {
                byId.put(source.id(), source);
            }
            sourcesById = byId;
        }
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The country with an ISO 3166-1 alpha-2 code, exactly as stored (upper case).
     *
     * @param alpha2 the code
     * @return the country, or empty if no fact refers to it
     */
    public Optional<Country> country(String alpha2) {
        Objects.requireNonNull(alpha2, "alpha2");
        return Optional.ofNullable(countriesByAlpha2.get(alpha2));
    }

    /**
     * The facts that cite a source.
     *
     * @param id the source's identifier
     * @return the citing facts, in the order of {@link #facts()}
     */
    public List<Fact> factsCiting(SourceId id) {
        Objects.requireNonNull(id, "id");
        return facts().filter(f -> f.sources().stream().anyMatch(s -> s.id().equals(id)))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Two datasets are equal when they hold the same version, check date, countries, sources and facts.
     * Comparing two distinct datasets builds every family of both.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ScoDataset)) {
            return false;
        }
        ScoDataset other = (ScoDataset) o;
        return version.equals(other.version) && checkedThrough.equals(other.checkedThrough)
                && countries.equals(other.countries) && sources().equals(other.sources())
                && allFacts().equals(other.allFacts());
    }

    /**
     * A hash of the version and the check date only, so that hashing a dataset, or a query holding one,
     * builds no family.
     */
    @Override
    public int hashCode() {
        return 31 * version.hashCode() + checkedThrough.hashCode();
    }

    /**
     * A one-line summary: version, check date and how many facts of each family.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "ScoDataset[version=" + version + ", checkedThrough=" + checkedThrough
                + ", countries=" + countries.size() + ", sources=" + sources().size()
                + FactFamily.all().stream().map(family -> ", " + family.pluralName() + "=" + facts(family).size())
                        .collect(Collectors.joining()) + "]";
    }

    /**
     * Collects the parts of a dataset and validates them as a whole in {@link #build()}.
     * A builder is not thread-safe; the dataset it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private String version;
        private LocalDate checkedThrough;
        private final Map<String, Country> countries = new LinkedHashMap<>();
        private final List<Country> duplicateCountries = new ArrayList<>();
        private List<Source> sources = List.of();
        private List<Fact> facts = List.of();

        private Builder() {
        }

        /**
         * Sets the data version.
         *
         * @param version the version, not blank
         * @return this builder
         */
        public Builder version(String version) {
            Objects.requireNonNull(version, "version");
            if (version.isBlank()) {
                throw new IllegalArgumentException("version must not be blank, was \"" + version + "\"");
            }
            this.version = version;
            return this;
        }

        /**
         * Sets the date up to which the facts were checked.
         *
         * @param checkedThrough the check date
         * @return this builder
         */
        public Builder checkedThrough(LocalDate checkedThrough) {
            this.checkedThrough = Objects.requireNonNull(checkedThrough, "checkedThrough");
            return this;
        }

        /**
         * Sets the countries, replacing any set before.
         *
         * @param countries the countries, each alpha-2 code once
         * @return this builder
         * @throws NullPointerException if the collection or a country in it is null
         */
        public Builder countries(Collection<Country> countries) {
            Objects.requireNonNull(countries, "countries");
            this.countries.clear();
            duplicateCountries.clear();
            for (Country c : countries) {
                Objects.requireNonNull(c, "countries must not contain null");
                if (this.countries.putIfAbsent(c.alpha2(), c) != null) {
                    duplicateCountries.add(c);
                }
            }
            return this;
        }

        /**
         * Sets the sources, replacing any set before.
         *
         * @param sources the sources, each identifier once
         * @return this builder
         * @throws NullPointerException if the collection or a source in it is null
         */
        public Builder sources(Collection<Source> sources) {
            this.sources = copyWithoutNulls(sources, "sources");
            return this;
        }

        /**
         * Sets the facts of every family, replacing any set before.
         *
         * @param facts the facts, each identifier once
         * @return this builder
         * @throws NullPointerException if the collection or a fact in it is null
         */
        public Builder facts(Collection<? extends Fact> facts) {
            this.facts = copyWithoutNulls(facts, "facts");
            return this;
        }

        private static <T> List<T> copyWithoutNulls(Collection<? extends T> values, String name) {
            Objects.requireNonNull(values, name);
            List<T> copy = new ArrayList<>(values.size());
            for (T value : values) {
                copy.add(Objects.requireNonNull(value, name + " must not contain null"));
            }
            return copy;
        }

        /**
         * Validates the parts as a whole and builds the dataset. The rules: a version and check date
         * are set; identifiers of facts, sources and countries are unique; every cited source and
         * every country a fact names belongs to the dataset, and every source is cited; references to
         * meetings resolve; a country's status periods do not overlap; two chairmanships or two terms
         * of one post do not overlap; each council's ordinals run on from the lowest without gap or
         * duplicate; a summit's host presides on its first day; no fact starts after the check date.
         *
         * @return the dataset
         * @throws InvalidDatasetException naming the first offending fact
         */
        public ScoDataset build() {
            if (version == null) {
                throw new InvalidDatasetException(null, "version must be set");
            }
            if (checkedThrough == null) {
                throw new InvalidDatasetException(null, "checkedThrough must be set");
            }
            if (!duplicateCountries.isEmpty()) {
                throw new InvalidDatasetException(null, "duplicate country " + duplicateCountries.get(0).alpha2());
            }
            DatasetValidator.validate(version, checkedThrough, List.copyOf(countries.values()), sources, facts);
            return new ScoDataset(version, checkedThrough, countries.values(), new GivenFacts(facts, sources));
        }
    }
}
