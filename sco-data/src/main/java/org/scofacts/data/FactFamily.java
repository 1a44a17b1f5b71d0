package org.scofacts.data;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import org.scofacts.model.PartialDate;
import org.scofacts.model.Partnership;
import org.scofacts.model.Place;
import org.scofacts.model.Principle;
import org.scofacts.model.StatusPeriod;

/**
 * One family of facts, declared once: its record type, its data table in the bundled dataset, its name,
 * the order of its facts in a dataset, and what its facts refer to, for validation. The validator, the dataset, the JSON mapping, the diff and
 * the demo's persistence all dispatch through these constants, so a new fact family is one more constant
 * here (see {@code CONTRIBUTING.md}), not a branch in each of them.
 *
 * <p>The countries a fact names are found through its record components (a {@link Country}, the country
 * of a {@link Place}, inside an {@link Optional} or a collection), so no family can forget one. The
 * meetings and documents a fact refers to are {@link FactId}s and are declared here, since an identifier
 * does not say what it identifies.
 *
 * <p>The constructor is private: the constants below are the only families.
 *
 * @param <F> the record type of the family's facts
 */
public abstract class FactFamily<F extends Fact> {

    // Each family is an anonymous subclass rather than a constructor call with lambdas: the registry is
    // initialised in every fresh JVM's first answer, where some forty lambdas cost more than a few small
    // classes. The record type is a method, not a constructor argument, so that initialising the registry
    // does not load the eleven record classes a first answer about one family never uses (issue 12).

    /** States holding a status over a period, by start. */
    public static final FactFamily<StatusPeriod> STATUS_PERIODS = new FactFamily<>("statusPeriods") {
        @Override
        public Class<StatusPeriod> type() {
            return StatusPeriod.class;
        }
        @Override
        List<StatusPeriod> bundled() {
            return StatusPeriods.all();
        }

        @Override
        int compareWithinFamily(StatusPeriod a, StatusPeriod b) {
            return a.period().start().compareTo(b.period().start());
        }

        @Override
        public Optional<PartialDate> start(StatusPeriod fact) {
            return Optional.of(fact.period().start());
        }

        @Override
        public List<FactId> meetings(StatusPeriod fact) {
            return listOf(fact.decidedAt());
        }
    };

    /** Council meetings, by first day, then council. */
    public static final FactFamily<Meeting> MEETINGS = new FactFamily<>("meetings") {
        @Override
        public Class<Meeting> type() {
            return Meeting.class;
        }
        @Override
        List<Meeting> bundled() {
            return Meetings.all();
        }

        @Override
        int compareWithinFamily(Meeting a, Meeting b) {
            int byDay = a.firstDay().compareTo(b.firstDay());
            return byDay != 0 ? byDay : a.council().compareTo(b.council());
        }

        @Override
        public Optional<PartialDate> start(Meeting fact) {
            return Optional.of(PartialDate.of(fact.firstDay()));
        }
    };

    /** Documents, by adoption date. */
    public static final FactFamily<Document> DOCUMENTS = new FactFamily<>("documents") {
        @Override
        public Class<Document> type() {
            return Document.class;
        }
        @Override
        List<Document> bundled() {
            return Documents.all();
        }

        @Override
        int compareWithinFamily(Document a, Document b) {
            return a.adopted().compareTo(b.adopted());
        }

        @Override
        public Optional<PartialDate> start(Document fact) {
            return Optional.of(fact.adopted());
        }

        @Override
        public List<FactId> meetings(Document fact) {
            return listOf(fact.adoptedAt());
        }
    };

    /** Holders of posts, by start of term. */
    public static final FactFamily<Appointment> APPOINTMENTS = new FactFamily<>("appointments") {
        @Override
        public Class<Appointment> type() {
            return Appointment.class;
        }
        @Override
        List<Appointment> bundled() {
            return Appointments.all();
        }

        @Override
        int compareWithinFamily(Appointment a, Appointment b) {
            return a.term().start().compareTo(b.term().start());
        }

        @Override
        public Optional<PartialDate> start(Appointment fact) {
            return Optional.of(fact.term().start());
        }
    };

    /** Bodies, by identifier; a body whose founding date is not recorded has no start. */
    public static final FactFamily<Body> BODIES = new FactFamily<>("bodies") {
        @Override
        public Class<Body> type() {
            return Body.class;
        }
        @Override
        List<Body> bundled() {
            return Bodies.all();
        }

        @Override
        public Optional<PartialDate> start(Body fact) {
            return fact.established();
        }
    };

    /** Presiding states, by start of term. */
    public static final FactFamily<Chairmanship> CHAIRMANSHIPS = new FactFamily<>("chairmanships") {
        @Override
        public Class<Chairmanship> type() {
            return Chairmanship.class;
        }
        @Override
        List<Chairmanship> bundled() {
            return Chairmanships.all(Meetings.all());
        }

        @Override
        int compareWithinFamily(Chairmanship a, Chairmanship b) {
            return a.term().start().compareTo(b.term().start());
        }

        @Override
        public Optional<PartialDate> start(Chairmanship fact) {
            return Optional.of(fact.term().start());
        }

        @Override
        public List<FactId> meetings(Chairmanship fact) {
            return listOf(fact.summitHostedElsewhere());
        }
    };

    /** Themed years and capitals, by start. */
    public static final FactFamily<Designation> DESIGNATIONS = new FactFamily<>("designations") {
        @Override
        public Class<Designation> type() {
            return Designation.class;
        }
        @Override
        List<Designation> bundled() {
            return Designations.all();
        }

        @Override
        int compareWithinFamily(Designation a, Designation b) {
            return a.period().start().compareTo(b.period().start());
        }

        @Override
        public Optional<PartialDate> start(Designation fact) {
            return Optional.of(fact.period().start());
        }
    };

    /** Forums, exercises and other events, by start. */
    public static final FactFamily<Event> EVENTS = new FactFamily<>("events") {
        @Override
        public Class<Event> type() {
            return Event.class;
        }
        @Override
        List<Event> bundled() {
            return Events.all();
        }

        @Override
        int compareWithinFamily(Event a, Event b) {
            return a.period().start().compareTo(b.period().start());
        }

        @Override
        public Optional<PartialDate> start(Event fact) {
            return Optional.of(fact.period().start());
        }
    };

    /** Quantitative claims, by reference date. */
    public static final FactFamily<Figure> FIGURES = new FactFamily<>("figures") {
        @Override
        public Class<Figure> type() {
            return Figure.class;
        }
        @Override
        List<Figure> bundled() {
            return Figures.all();
        }

        @Override
        int compareWithinFamily(Figure a, Figure b) {
            return a.referenceDate().compareTo(b.referenceDate());
        }

        @Override
        public Optional<PartialDate> start(Figure fact) {
            return Optional.of(fact.referenceDate());
        }
    };

    /** Steps of states' accession, by date. */
    public static final FactFamily<AccessionStep> ACCESSION_STEPS = new FactFamily<>("accessionSteps") {
        @Override
        public Class<AccessionStep> type() {
            return AccessionStep.class;
        }
        @Override
        List<AccessionStep> bundled() {
            return AccessionSteps.all();
        }

        @Override
        int compareWithinFamily(AccessionStep a, AccessionStep b) {
            return a.date().compareTo(b.date());
        }

        @Override
        public Optional<PartialDate> start(AccessionStep fact) {
            return Optional.of(fact.date());
        }

        @Override
        public List<FactId> meetings(AccessionStep fact) {
            return listOf(fact.meeting());
        }
    };

    /** Ties with other international organisations, by date. */
    public static final FactFamily<Partnership> PARTNERSHIPS = new FactFamily<>("partnerships") {
        @Override
        public Class<Partnership> type() {
            return Partnership.class;
        }
        @Override
        List<Partnership> bundled() {
            return Partnerships.all();
        }

        @Override
        int compareWithinFamily(Partnership a, Partnership b) {
            return a.date().compareTo(b.date());
        }

        @Override
        public Optional<PartialDate> start(Partnership fact) {
            return Optional.of(fact.date());
        }
    };

    /** Principles and identity, by the date they were stated. */
    public static final FactFamily<Principle> PRINCIPLES = new FactFamily<>("principles") {
        @Override
        public Class<Principle> type() {
            return Principle.class;
        }
        @Override
        List<Principle> bundled() {
            return Principles.all();
        }

        @Override
        int compareWithinFamily(Principle a, Principle b) {
            return a.stated().compareTo(b.stated());
        }

        @Override
        public Optional<PartialDate> start(Principle fact) {
            return Optional.of(fact.stated());
        }

        @Override
        public List<FactId> documents(Principle fact) {
            return listOf(fact.document());
        }
    };

    private static final List<FactFamily<?>> ALL = List.of(STATUS_PERIODS, MEETINGS, DOCUMENTS, APPOINTMENTS,
            BODIES, CHAIRMANSHIPS, DESIGNATIONS, EVENTS, FIGURES, ACCESSION_STEPS, PARTNERSHIPS, PRINCIPLES);

    private final String pluralName;
    private final Comparator<F> order = new Order<>(this);

    private FactFamily(String pluralName) {
        this.pluralName = pluralName;
    }

    /**
     * Every fact family, in the order of {@link ScoDataset#facts()}.
     *
     * @return the families, unmodifiable
     */
    public static List<FactFamily<?>> all() {
        return ALL;
    }

    /**
     * The family of a fact.
     *
     * @param fact the fact
     * @return its family
     * @throws NullPointerException if the fact is null
     */
    public static FactFamily<?> of(Fact fact) {
        Objects.requireNonNull(fact, "fact");
        for (FactFamily<?> family : ALL) {
            if (family.type() == fact.getClass()) {
                return family;
            }
        }
        throw new IllegalStateException("no fact family for " + fact.getClass().getName() + " of " + fact.id());
    }

    /**
     * The family with a name, as {@link #name()} gives it.
     *
     * @param name the name, such as {@code StatusPeriod}
     * @return the family, or empty if none has that name
     * @throws NullPointerException if the name is null
     */
    public static Optional<FactFamily<?>> named(String name) {
        Objects.requireNonNull(name, "name");
        for (FactFamily<?> family : ALL) {
            if (family.name().equals(name)) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }

    /**
     * The record type of the family's facts.
     *
     * @return the type, a record implementing {@link Fact}
     */
    public abstract Class<F> type();

    /** The family's rows in the bundled dataset: its data table. */
    abstract List<F> bundled();

    /** The family's own order of two facts; ties are broken by identifier in {@link #order()}. */
    int compareWithinFamily(F a, F b) {
        return 0;
    }

    /**
     * The family's name, as a fact's {@code family} field in JSON: the simple name of its record type.
     *
     * @return the name, such as {@code StatusPeriod}
     */
    public String name() {
        return type().getSimpleName();
    }

    /**
     * The family's name in the plural, as the dataset's accessor and summary name it.
     *
     * @return the name, such as {@code statusPeriods}
     */
    public String pluralName() {
        return pluralName;
    }

    /**
     * The order of the family's facts in a dataset, ties broken by identifier.
     *
     * @return the order, total over facts with distinct identifiers
     */
    public Comparator<F> order() {
        return order;
    }

    /**
     * When a fact starts, which must not be after the dataset's check date.
     *
     * @param fact a fact of this family
     * @return the start, or empty when the dataset does not record one
     */
    public abstract Optional<PartialDate> start(F fact);

    /**
     * The meetings a fact refers to by identifier, which must be meetings of the same dataset.
     *
     * @param fact a fact of this family
     * @return the identifiers, possibly none
     */
    public List<FactId> meetings(F fact) {
        return List.of();
    }

    private static List<FactId> listOf(Optional<FactId> reference) {
        return reference.isPresent() ? List.of(reference.get()) : List.of();
    }

    /**
     * The documents a fact refers to by identifier, which must be documents of the same dataset.
     *
     * @param fact a fact of this family
     * @return the identifiers, possibly none
     */
    public List<FactId> documents(F fact) {
        return List.of();
    }

    /**
     * The countries a fact names, found through its record components: a country, the country of a
     * place, inside an optional or a collection.
     *
     * @param fact a fact of this family
     * @return the countries, in the order of the components
     */
    public List<Country> countries(F fact) {
        List<Country> named = new ArrayList<>();
        fields(fact).values().forEach(value -> collectCountries(value, named));
        return named;
    }

    private static void collectCountries(Object value, List<Country> named) {
        if (value instanceof Country) {
            named.add((Country) value);
        } else if (value instanceof Place) {
            named.add(((Place) value).country());
        } else if (value instanceof Optional<?>) {
            ((Optional<?>) value).ifPresent(v -> collectCountries(v, named));
        } else if (value instanceof Collection<?>) {
            ((Collection<?>) value).forEach(v -> collectCountries(v, named));
        }
    }

    /**
     * The fields of a fact of any family, by record component name, in declaration order.
     *
     * @param fact the fact
     * @return the component values by name, unmodifiable
     * @throws NullPointerException if the fact is null
     */
    public static Map<String, Object> fields(Fact fact) {
        Objects.requireNonNull(fact, "fact");
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : fact.getClass().getRecordComponents()) {
            try {
                fields.put(component.getName(), component.getAccessor().invoke(fact));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + fact.id(), e);
            }
        }
        return java.util.Collections.unmodifiableMap(fields);
    }

    /**
     * The facts of this family among facts of any family; the one place where a fact meets its type.
     *
     * @param facts facts of any family
     * @return those of this family, in the given order, as their record type
     */
    public List<F> select(Collection<? extends Fact> facts) {
        List<F> selected = new ArrayList<>();
        for (Fact f : facts) {
            if (f.getClass() == type()) {
                selected.add(type().cast(f));
            }
        }
        return selected;
    }

    /**
     * Reads as the family's name.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name();
    }

    /** A family's order: its own, then by identifier. */
    private static final class Order<F extends Fact> implements Comparator<F> {

        private final FactFamily<F> family;

        Order(FactFamily<F> family) {
            this.family = family;
        }

        @Override
        public int compare(F a, F b) {
            int within = family.compareWithinFamily(a, b);
            return within != 0 ? within : a.id().compareTo(b.id());
        }
    }
}
