package org.scofacts.data;

import static org.scofacts.data.FactOrder.BY_ID;
import static org.scofacts.data.FactOrder.BY_START;
import static org.scofacts.data.FactOrder.BY_START_THEN_COUNCIL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.scofacts.data.internal.RecordShape;
import org.scofacts.model.AccessionStep;
import org.scofacts.model.Appointment;
import org.scofacts.model.Attendance;
import org.scofacts.model.Body;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.Country;
import org.scofacts.model.Designation;
import org.scofacts.model.Document;
import org.scofacts.model.Event;
import org.scofacts.model.Fact;
import org.scofacts.model.FactRef;
import org.scofacts.model.Figure;
import org.scofacts.model.Meeting;
import org.scofacts.model.PartialDate;
import org.scofacts.model.Partnership;
import org.scofacts.model.Place;
import org.scofacts.model.Principle;
import org.scofacts.model.StatusPeriod;

/**
 * One family of facts, declared once: its name, its record type and its data table in the bundled
 * dataset. The validator, the dataset, the JSON mapping, the diff and the demo's persistence all dispatch
 * through these constants, so a new fact family is one more constant here (see {@code CONTRIBUTING.md}),
 * not a branch in each of them.
 *
 * <p>What belongs to a fact lives on its record: when it {@linkplain Fact#start() starts}, the countries
 * it names (a {@link Country}, the country of a {@link Place}) and the facts it refers to (a
 * {@link FactRef}), found through its record components, inside an {@link Optional} or a collection.
 * A family's facts are listed by start, then by identifier, unless its declaration gives an order of its own.
 *
 * <p>The constructor is private: the constants below are the only families.
 *
 * @param <F> the record type of the family's facts
 * @since 0.1.0
 */
public abstract class FactFamily<F extends Fact> {

    /** States holding a status over a period. */
    public static final FactFamily<StatusPeriod> STATUS_PERIODS = new FactFamily<>("statusPeriods", StatusPeriod.class, BY_START,
                "One row per period in which a state held a status in the SCO (member state,"
                    + " observer state, dialogue partner, SCO partner). Periods of one state do not overlap.") {
        @Override List<StatusPeriod> bundled() { return StatusPeriods.all(); }
    };

    /** Council meetings; meetings of two councils on one day by council. */
    public static final FactFamily<Meeting> MEETINGS = new FactFamily<>("meetings", Meeting.class, BY_START_THEN_COUNCIL,
                "One row per meeting of an SCO council (heads of state, heads of government,"
                    + " foreign ministers, SCO Plus).") {
        @Override List<Meeting> bundled() { return Meetings.all(); }
    };

    /** Documents, by adoption date. */
    public static final FactFamily<Document> DOCUMENTS = new FactFamily<>("documents", Document.class, BY_START,
                "One row per document the SCO adopted or signed: charter, declarations,"
                    + " conventions, treaties, strategies, programmes, statements.") {
        @Override List<Document> bundled() { return Documents.all(); }
    };

    /** Holders of posts, by start of term. */
    public static final FactFamily<Appointment> APPOINTMENTS = new FactFamily<>("appointments", Appointment.class, BY_START,
                "One row per term of a holder of an SCO post (Secretary-General, Director of"
                    + " the RATS Executive Committee).") {
        @Override List<Appointment> bundled() { return Appointments.all(); }
    };

    /** Bodies, by identifier alone: many have no recorded founding date. */
    public static final FactFamily<Body> BODIES = new FactFamily<>("bodies", Body.class, BY_ID,
                "One row per SCO body: councils, permanent bodies, non-governmental structures.") {
        @Override List<Body> bundled() { return Bodies.all(); }
    };

    /** Presiding states, by start of term. */
    public static final FactFamily<Chairmanship> CHAIRMANSHIPS = new FactFamily<>("chairmanships", Chairmanship.class, BY_START,
                "One row per term of a state chairing the SCO.") {
        @Override List<Chairmanship> bundled() { return Chairmanships.all(Meetings.all()); }
    };

    /** Themed years and capitals. */
    public static final FactFamily<Designation> DESIGNATIONS = new FactFamily<>("designations", Designation.class, BY_START,
                "One row per themed year or designated capital.") {
        @Override List<Designation> bundled() { return Designations.all(); }
    };

    /** Forums, exercises and other events. */
    public static final FactFamily<Event> EVENTS = new FactFamily<>("events", Event.class, BY_START,
                "One row per forum, exercise, operation or other SCO event.") {
        @Override List<Event> bundled() { return Events.all(); }
    };

    /** Quantitative claims, by reference date. */
    public static final FactFamily<Figure> FIGURES = new FactFamily<>("figures", Figure.class, BY_START,
                "One row per quantitative claim about the SCO, with its unit and reference date.") {
        @Override List<Figure> bundled() { return Figures.all(); }
    };

    /** Steps of states' accession. */
    public static final FactFamily<AccessionStep> ACCESSION_STEPS = new FactFamily<>("accessionSteps", AccessionStep.class, BY_START,
                "One row per step of a state's accession: application, memorandum,"
                    + " decision.") {
        @Override List<AccessionStep> bundled() { return AccessionSteps.all(); }
    };

    /** Ties with other international organisations. */
    public static final FactFamily<Partnership> PARTNERSHIPS = new FactFamily<>("partnerships", Partnership.class, BY_START,
                "One row per formal tie with another international organisation.") {
        @Override List<Partnership> bundled() { return Partnerships.all(); }
    };

    /** Principles and identity, by the date they were stated. */
    public static final FactFamily<Principle> PRINCIPLES = new FactFamily<>("principles", Principle.class, BY_START,
                "One row per principle or element of identity the SCO stated.") {
        @Override List<Principle> bundled() { return Principles.all(); }
    };

    /** Who led each delegation at the summits and the SCO Plus meetings, by meeting. */
    public static final FactFamily<Attendance> ATTENDANCES = new FactFamily<>("attendances", Attendance.class, BY_START,
                "One row per delegation at a summit or an SCO Plus meeting: who led it, in what"
                    + " office, in person or by video. A delegation whose leader no source names has no row.") {
        @Override List<Attendance> bundled() { return Attendances.all(); }
    };

    private static final List<FactFamily<?>> ALL = List.of(STATUS_PERIODS, MEETINGS, DOCUMENTS, APPOINTMENTS,
            BODIES, CHAIRMANSHIPS, DESIGNATIONS, EVENTS, FIGURES, ACCESSION_STEPS, PARTNERSHIPS, PRINCIPLES, ATTENDANCES);

    private final String pluralName;
    private final String description;
    private final Class<F> type;
    private final Comparator<F> order;

    private FactFamily(String pluralName, Class<F> type, FactOrder order, String description) {
        this.pluralName = pluralName;
        this.description = description;
        this.type = type;
        this.order = order.typed();
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
            if (family.type == fact.getClass()) {
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
    public Class<F> type() {
        return type;
    }

    /** The family's rows in the bundled dataset: its data table, in the table's order. */
    abstract List<F> bundled();

    /**
     * The family's name, as a fact's {@code family} field in JSON: the simple name of its record type.
     *
     * @return the name, such as {@code StatusPeriod}
     */
    public String name() {
        return type.getSimpleName();
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
     * What a fact of this family is, in a sentence or two for people reading the data as a table (the data
     * package's description of the family's table).
     *
     * @return the description, such as "One row per term of a state chairing the SCO."
     */
    public String description() {
        return description;
    }

    /**
     * The order of the family's facts in a dataset: by {@linkplain Fact#start() start} (facts without one
     * first), then by identifier, unless the family has an order of its own.
     *
     * @return the order, total over facts with distinct identifiers
     */
    public Comparator<F> order() {
        return order;
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
        for (Object value : fields(fact).values()) {
            collect(value, Country.class, named);
        }
        return named;
    }

    /**
     * The facts a fact refers to, found through its record components: a reference to a meeting or a
     * document, inside an optional or a collection.
     *
     * @param fact a fact of this family
     * @return the references, in the order of the components
     */
    public List<FactRef> references(F fact) {
        List<FactRef> references = new ArrayList<>();
        for (Object value : fields(fact).values()) {
            collect(value, FactRef.class, references);
        }
        return references;
    }

    private static <T> void collect(Object value, Class<T> wanted, List<T> found) {
        if (wanted.isInstance(value)) {
            found.add(wanted.cast(value));
        } else if (value instanceof Place && wanted == Country.class) {
            found.add(wanted.cast(((Place) value).country()));
        } else if (value instanceof Optional<?>) {
            ((Optional<?>) value).ifPresent(v -> collect(v, wanted, found));
        } else if (value instanceof Collection<?>) {
            for (Object v : (Collection<?>) value) {
                collect(v, wanted, found);
            }
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
        Record record = (Record) Objects.requireNonNull(fact, "fact");
        return Collections.unmodifiableMap(RecordShape.ofRecord(record).values(record));
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
            if (f.getClass() == type) {
                selected.add(type.cast(f));
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
}
