package org.scofacts.demo.persistence;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Appointment;
import org.scofacts.model.Body;
import org.scofacts.model.Chairmanship;
import org.scofacts.model.Country;
import org.scofacts.model.CowStateCode;
import org.scofacts.model.IsoNumericCode;
import org.scofacts.model.WikidataId;
import org.scofacts.model.Designation;
import org.scofacts.model.Document;
import org.scofacts.model.Event;
import org.scofacts.model.Fact;
import org.scofacts.model.FactId;
import org.scofacts.model.Figure;
import org.scofacts.model.Meeting;
import org.scofacts.model.Place;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.StatusPeriod;

/**
 * Maps the immutable records to entities and back. Records to entities works on a whole dataset, so
 * that every fact refers to the one entity of each country, source and meeting; entities to records
 * works entity by entity, following the entity's associations.
 */
final class EntityMapper {

    private final Map<String, CountryEntity> countries = new LinkedHashMap<>();
    private final Map<SourceId, SourceEntity> sources = new LinkedHashMap<>();
    private final Map<FactId, MeetingEntity> meetings = new LinkedHashMap<>();

    private EntityMapper() {
    }

    /**
     * The entities for a dataset, in an order that persists every row after the rows it refers to:
     * dataset info, countries, sources, meetings, then every other fact.
     */
    static List<Object> toEntities(ScoDataset data) {
        EntityMapper m = new EntityMapper();
        List<Object> entities = new ArrayList<>();
        entities.add(new DatasetInfoEntity(data.version(), data.checkedThrough()));
        data.countries().forEach(c -> entities.add(m.countries.computeIfAbsent(c.alpha2(), k -> toEntity(c))));
        data.sources().forEach(s -> entities.add(m.sources.computeIfAbsent(s.id(), k -> toEntity(s))));
        data.meetings().forEach(meeting -> {
            MeetingEntity e = withWikidataId(m.meeting(meeting), meeting);
            m.meetings.put(meeting.id(), e);
            entities.add(e);
        });
        data.facts().filter(f -> !(f instanceof Meeting)).forEach(f -> entities.add(m.toEntity(f)));
        return entities;
    }

    private static <E extends FactEntity> E withWikidataId(E entity, Fact fact) {
        entity.wikidataId = wikidataIdOf(fact).map(WikidataId::value).orElse(null);
        return entity;
    }

    private static Optional<WikidataId> wikidataIdOf(Fact fact) {
        if (fact instanceof Meeting) {
            return ((Meeting) fact).wikidataId();
        } else if (fact instanceof Document) {
            return ((Document) fact).wikidataId();
        } else if (fact instanceof Appointment) {
            return ((Appointment) fact).holderWikidataId();
        }
        return Optional.empty();
    }

    private static CountryEntity toEntity(Country c) {
        CountryEntity e = new CountryEntity(c.alpha2());
        e.alpha3 = c.alpha3();
        e.shortName = c.shortName();
        e.officialName = c.officialName();
        e.aliases = new HashSet<>(c.aliases());
        e.isoNumeric = c.isoNumeric().map(IsoNumericCode::value).orElse(null);
        e.wikidataId = c.wikidataId().map(WikidataId::value).orElse(null);
        e.cowCode = c.cowCode().map(CowStateCode::code).orElse(null);
        e.cowAbbreviation = c.cowCode().map(CowStateCode::abbreviation).orElse(null);
        return e;
    }

    private static SourceEntity toEntity(Source s) {
        SourceEntity e = new SourceEntity(s.id().value());
        e.kind = s.kind();
        e.title = s.title();
        e.publisher = s.publisher();
        e.publishedDay = Columns.day(s.published());
        e.publishedPrecision = Columns.precision(s.published());
        e.url = s.url().map(URI::toString).orElse(null);
        e.note = s.note();
        return e;
    }

    private FactEntity toEntity(Fact fact) {
        FactEntity e;
        if (fact instanceof StatusPeriod) {
            e = statusPeriod((StatusPeriod) fact);
        } else if (fact instanceof Meeting) {
            e = meeting((Meeting) fact);
        } else if (fact instanceof Document) {
            e = document((Document) fact);
        } else if (fact instanceof Appointment) {
            e = appointment((Appointment) fact);
        } else if (fact instanceof Body) {
            e = body((Body) fact);
        } else if (fact instanceof Chairmanship) {
            e = chairmanship((Chairmanship) fact);
        } else if (fact instanceof Designation) {
            e = designation((Designation) fact);
        } else if (fact instanceof Event) {
            e = event((Event) fact);
        } else {
            e = figure((Figure) fact);
        }
        return withWikidataId(e, fact);
    }

    private <T extends FactEntity> T cite(T entity, Fact fact) {
        fact.sources().forEach(s -> entity.sources.add(source(s.id())));
        return entity;
    }

    private CountryEntity country(Country c) {
        CountryEntity e = countries.get(c.alpha2());
        if (e == null) {
            throw new IllegalStateException("country " + c.alpha2() + " is not among the dataset's countries");
        }
        return e;
    }

    private CountryEntity country(Optional<Place> place) {
        return place.map(p -> country(p.country())).orElse(null);
    }

    private SourceEntity source(SourceId id) {
        SourceEntity e = sources.get(id);
        if (e == null) {
            throw new IllegalStateException("source " + id + " is not among the dataset's sources");
        }
        return e;
    }

    private MeetingEntity meetingRef(Optional<FactId> id) {
        return id.map(i -> {
            MeetingEntity e = meetings.get(i);
            if (e == null) {
                throw new IllegalStateException("meeting " + i + " is not among the dataset's meetings");
            }
            return e;
        }).orElse(null);
    }

    private StatusPeriodEntity statusPeriod(StatusPeriod p) {
        StatusPeriodEntity e = new StatusPeriodEntity(p.id().value());
        e.country = country(p.country());
        e.status = p.status();
        e.period = PeriodColumns.of(p.period());
        e.grantedBy = p.grantedBy();
        e.decidedAt = meetingRef(p.decidedAt());
        return cite(e, p);
    }

    private MeetingEntity meeting(Meeting m) {
        MeetingEntity e = new MeetingEntity(m.id().value());
        e.council = m.council();
        e.ordinal = m.ordinal().orElse(null);
        e.firstDay = m.firstDay();
        e.lastDay = m.lastDay();
        e.city = m.place().city();
        e.host = country(m.place().country());
        e.format = m.format();
        return cite(e, m);
    }

    private DocumentEntity document(Document d) {
        DocumentEntity e = new DocumentEntity(d.id().value());
        e.title = d.title();
        e.kind = d.kind();
        e.adoptedDay = d.adopted().firstDay();
        e.adoptedPrecision = d.adopted().precision();
        e.city = d.place().map(Place::city).orElse(null);
        e.country = country(d.place());
        e.inForceDay = Columns.day(d.inForce());
        e.inForcePrecision = Columns.precision(d.inForce());
        e.adoptedAt = meetingRef(d.adoptedAt());
        if (e.adoptedAt != null) {
            e.adoptedAt.documents.add(e);
        }
        return cite(e, d);
    }

    private AppointmentEntity appointment(Appointment a) {
        AppointmentEntity e = new AppointmentEntity(a.id().value());
        e.post = a.post();
        e.holder = a.holder();
        e.nominatedBy = country(a.nominatedBy());
        e.term = PeriodColumns.of(a.term());
        return cite(e, a);
    }

    private BodyEntity body(Body b) {
        BodyEntity e = new BodyEntity(b.id().value());
        e.name = b.name();
        e.kind = b.kind();
        e.seatCity = b.seat().map(Place::city).orElse(null);
        e.seatCountry = country(b.seat());
        e.establishedDay = Columns.day(b.established());
        e.establishedPrecision = Columns.precision(b.established());
        return cite(e, b);
    }

    private ChairmanshipEntity chairmanship(Chairmanship c) {
        ChairmanshipEntity e = new ChairmanshipEntity(c.id().value());
        e.presidingState = country(c.presidingState());
        e.term = PeriodColumns.of(c.term());
        return cite(e, c);
    }

    private DesignationEntity designation(Designation d) {
        DesignationEntity e = new DesignationEntity(d.id().value());
        e.kind = d.kind();
        e.name = d.name();
        e.city = d.place().map(Place::city).orElse(null);
        e.country = country(d.place());
        e.period = PeriodColumns.of(d.period());
        return cite(e, d);
    }

    private EventEntity event(Event v) {
        EventEntity e = new EventEntity(v.id().value());
        e.kind = v.kind();
        e.name = v.name();
        e.period = PeriodColumns.of(v.period());
        e.city = v.place().map(Place::city).orElse(null);
        e.country = country(v.place());
        return cite(e, v);
    }

    private FigureEntity figure(Figure f) {
        FigureEntity e = new FigureEntity(f.id().value());
        e.measure = f.measure();
        e.bound = f.bound();
        e.amount = f.value();
        e.amountScale = f.value().scale();
        e.unit = f.unit();
        e.referenceDay = f.referenceDate().firstDay();
        e.referencePrecision = f.referenceDate().precision();
        return cite(e, f);
    }

    // ---- entities to records ----

    static Country toRecord(CountryEntity e) {
        return new Country(e.alpha2, e.alpha3, e.shortName, e.officialName, e.aliases,
                Optional.ofNullable(e.isoNumeric).map(IsoNumericCode::of),
                Optional.ofNullable(e.wikidataId).map(WikidataId::of),
                Optional.ofNullable(e.cowCode).map(code -> CowStateCode.of(code, e.cowAbbreviation)));
    }

    static Source toRecord(SourceEntity e) {
        return new Source(SourceId.of(e.id), e.kind, e.title, e.publisher,
                Columns.optionalPartialDate(e.publishedDay, e.publishedPrecision),
                Optional.ofNullable(e.url).map(URI::create), e.note);
    }

    static Fact toRecord(FactEntity e) {
        if (e instanceof StatusPeriodEntity) {
            return toRecord((StatusPeriodEntity) e);
        } else if (e instanceof MeetingEntity) {
            return toRecord((MeetingEntity) e);
        } else if (e instanceof DocumentEntity) {
            return toRecord((DocumentEntity) e);
        } else if (e instanceof AppointmentEntity) {
            return toRecord((AppointmentEntity) e);
        } else if (e instanceof BodyEntity) {
            return toRecord((BodyEntity) e);
        } else if (e instanceof ChairmanshipEntity) {
            return toRecord((ChairmanshipEntity) e);
        } else if (e instanceof DesignationEntity) {
            return toRecord((DesignationEntity) e);
        } else if (e instanceof EventEntity) {
            return toRecord((EventEntity) e);
        } else if (e instanceof FigureEntity) {
            return toRecord((FigureEntity) e);
        }
        throw new IllegalArgumentException("unknown fact entity " + e.getClass().getName() + " for " + e.id);
    }

    private static List<Source> sources(FactEntity e) {
        return e.sources.stream().map(EntityMapper::toRecord).toList();
    }

    private static Optional<FactId> ref(FactEntity meeting) {
        return Optional.ofNullable(meeting).map(m -> FactId.of(m.id));
    }

    private static Optional<Place> place(String city, CountryEntity country) {
        if (city == null && country == null) {
            return Optional.empty();
        }
        if (city == null || country == null) {
            throw new IllegalStateException("a stored place lacks its city or its country: " + city + ", "
                    + (country == null ? null : country.alpha2));
        }
        return Optional.of(Place.of(city, toRecord(country)));
    }

    static StatusPeriod toRecord(StatusPeriodEntity e) {
        return new StatusPeriod(FactId.of(e.id), toRecord(e.country), e.status, e.period.toPeriod(), e.grantedBy,
                ref(e.decidedAt), sources(e));
    }

    static Meeting toRecord(MeetingEntity e) {
        return new Meeting(FactId.of(e.id), e.council, Optional.ofNullable(e.ordinal), e.firstDay, e.lastDay,
                Place.of(e.city, toRecord(e.host)), e.format, sources(e), wikidataId(e));
    }

    static Document toRecord(DocumentEntity e) {
        return new Document(FactId.of(e.id), e.title, e.kind, Columns.partialDate(e.adoptedDay, e.adoptedPrecision),
                place(e.city, e.country), Columns.optionalPartialDate(e.inForceDay, e.inForcePrecision),
                ref(e.adoptedAt), sources(e), wikidataId(e));
    }

    static Appointment toRecord(AppointmentEntity e) {
        return new Appointment(FactId.of(e.id), e.post, e.holder, toRecord(e.nominatedBy), e.term.toPeriod(),
                sources(e), wikidataId(e));
    }

    private static Optional<WikidataId> wikidataId(FactEntity e) {
        return Optional.ofNullable(e.wikidataId).map(WikidataId::of);
    }

    static Body toRecord(BodyEntity e) {
        return new Body(FactId.of(e.id), e.name, e.kind, place(e.seatCity, e.seatCountry),
                Columns.optionalPartialDate(e.establishedDay, e.establishedPrecision), sources(e));
    }

    static Chairmanship toRecord(ChairmanshipEntity e) {
        return new Chairmanship(FactId.of(e.id), toRecord(e.presidingState), e.term.toPeriod(), sources(e));
    }

    static Designation toRecord(DesignationEntity e) {
        return new Designation(FactId.of(e.id), e.kind, e.name, place(e.city, e.country), e.period.toPeriod(),
                sources(e));
    }

    static Event toRecord(EventEntity e) {
        return new Event(FactId.of(e.id), e.kind, e.name, e.period.toPeriod(), place(e.city, e.country), sources(e));
    }

    static Figure toRecord(FigureEntity e) {
        BigDecimal value = e.amount.setScale(e.amountScale);
        return new Figure(FactId.of(e.id), e.measure, e.bound, value, e.unit,
                Columns.partialDate(e.referenceDay, e.referencePrecision), sources(e));
    }
}
