package org.scofacts.data;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
import org.scofacts.model.Place;
import org.scofacts.model.StatusPeriod;

/**
 * One family of facts, declared once: its record type, its data table in the bundled dataset, its name,
 * the order of its facts in a dataset, and what its facts refer to, for validation. The validator, the dataset, the JSON mapping, the diff and
 * the demo's persistence all dispatch through these constants, so a new fact family is one more constant
 * here (see {@code CONTRIBUTING.md}), not a branch in each of them.
 *
 * <p>The countries a fact names are found through its record components (a {@link Country}, the country
 * of a {@link Place}, inside an {@link Optional} or a collection), so no family can forget one. The
 * meetings a fact refers to are {@link FactId}s and are declared here, since an identifier does not say
 * what it identifies.
 *
 * @param <F> the record type of the family's facts
 */
public final class FactFamily<F extends Fact> {

    /** States holding a status over a period, by start. */
    public static final FactFamily<StatusPeriod> STATUS_PERIODS = new FactFamily<>(StatusPeriod.class, StatusPeriods::all,
            "statusPeriods", Comparator.comparing((StatusPeriod s) -> s.period().start()),
            s -> Optional.of(s.period().start()), StatusPeriod::decidedAt);

    /** Council meetings, by first day, then council. */
    public static final FactFamily<Meeting> MEETINGS = new FactFamily<>(Meeting.class, Meetings::all, "meetings",
            Comparator.comparing(Meeting::firstDay).thenComparing(Meeting::council),
            m -> Optional.of(PartialDate.of(m.firstDay())), m -> Optional.empty());

    /** Documents, by adoption date. */
    public static final FactFamily<Document> DOCUMENTS = new FactFamily<>(Document.class, Documents::all, "documents",
            Comparator.comparing(Document::adopted), d -> Optional.of(d.adopted()), Document::adoptedAt);

    /** Holders of posts, by start of term. */
    public static final FactFamily<Appointment> APPOINTMENTS = new FactFamily<>(Appointment.class, Appointments::all, "appointments",
            Comparator.comparing((Appointment a) -> a.term().start()), a -> Optional.of(a.term().start()),
            a -> Optional.empty());

    /** Bodies, by identifier; a body whose founding date is not recorded has no start. */
    public static final FactFamily<Body> BODIES = new FactFamily<>(Body.class, Bodies::all, "bodies",
            (a, b) -> 0, Body::established, b -> Optional.empty());

    /** Presiding states, by start of term. */
    public static final FactFamily<Chairmanship> CHAIRMANSHIPS = new FactFamily<>(Chairmanship.class, () -> Chairmanships.all(Meetings.all()),
            "chairmanships", Comparator.comparing((Chairmanship c) -> c.term().start()),
            c -> Optional.of(c.term().start()), Chairmanship::summitHostedElsewhere);

    /** Themed years and capitals, by start. */
    public static final FactFamily<Designation> DESIGNATIONS = new FactFamily<>(Designation.class, Designations::all, "designations",
            Comparator.comparing((Designation d) -> d.period().start()), d -> Optional.of(d.period().start()),
            d -> Optional.empty());

    /** Forums, exercises and other events, by start. */
    public static final FactFamily<Event> EVENTS = new FactFamily<>(Event.class, Events::all, "events",
            Comparator.comparing((Event e) -> e.period().start()), e -> Optional.of(e.period().start()),
            e -> Optional.empty());

    /** Quantitative claims, by reference date. */
    public static final FactFamily<Figure> FIGURES = new FactFamily<>(Figure.class, Figures::all, "figures",
            Comparator.comparing(Figure::referenceDate), f -> Optional.of(f.referenceDate()), f -> Optional.empty());

    private static final List<FactFamily<?>> ALL = List.of(STATUS_PERIODS, MEETINGS, DOCUMENTS, APPOINTMENTS,
            BODIES, CHAIRMANSHIPS, DESIGNATIONS, EVENTS, FIGURES);

    private final Class<F> type;
    private final Supplier<List<F>> bundled;
    private final String pluralName;
    private final Comparator<F> order;
    private final Function<F, Optional<PartialDate>> start;
    private final Function<F, Optional<FactId>> meeting;

    private FactFamily(Class<F> type, Supplier<List<F>> bundled, String pluralName, Comparator<F> order,
                       Function<F, Optional<PartialDate>> start, Function<F, Optional<FactId>> meeting) {
        this.type = type;
        this.bundled = bundled;
        this.pluralName = pluralName;
        this.order = order.thenComparing(Fact::id);
        this.start = start;
        this.meeting = meeting;
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
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * The record type of the family's facts.
     *
     * @return the type, a record implementing {@link Fact}
     */
    public Class<F> type() {
        return type;
    }

    /** The family's rows in the bundled dataset: its data table. */
    List<F> bundled() {
        return bundled.get();
    }

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
    public Optional<PartialDate> start(F fact) {
        return start.apply(fact);
    }

    /**
     * The meetings a fact refers to by identifier, which must be meetings of the same dataset.
     *
     * @param fact a fact of this family
     * @return the identifiers, possibly none
     */
    public List<FactId> meetings(F fact) {
        return meeting.apply(fact).stream().collect(Collectors.toList());
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
            } catch (IllegalAccessException | InvocationTargetException e) {
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
        return facts.stream().filter(f -> f.getClass() == type).map(type::cast).collect(Collectors.toList());
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
