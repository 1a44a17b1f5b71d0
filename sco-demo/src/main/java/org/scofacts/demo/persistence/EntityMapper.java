package org.scofacts.demo.persistence;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scofacts.data.FactFamily;
import org.scofacts.data.ScoDataset;
import org.scofacts.model.Country;
import org.scofacts.model.CountryName;
import org.scofacts.model.CowStateCode;
import org.scofacts.model.IsoNumericCode;
import org.scofacts.model.Fact;
import org.scofacts.model.FactId;
import org.scofacts.model.MeetingRef;
import org.scofacts.model.Place;
import org.scofacts.model.Source;
import org.scofacts.model.SourceId;
import org.scofacts.model.WikidataId;

/**
 * Maps the immutable records to entities and back. Records to entities works on a whole dataset, so
 * that every fact refers to the one entity of each country, source and meeting; entities to records
 * works entity by entity ({@link FactEntity#toRecord()}), following the entity's associations. The
 * per-family mapping lives in each entity class ({@code MAPPING}); this class dispatches through
 * {@link #MAPPINGS}, one line per fact family.
 */
final class EntityMapper {

    /** Every fact family's mapping; a test checks that they cover {@link FactFamily#all()}. */
    static final List<EntityMapping<?, ?>> MAPPINGS = List.of(StatusPeriodEntity.MAPPING, MeetingEntity.MAPPING,
            DocumentEntity.MAPPING, AppointmentEntity.MAPPING, BodyEntity.MAPPING, ChairmanshipEntity.MAPPING,
            DesignationEntity.MAPPING, EventEntity.MAPPING, FigureEntity.MAPPING, AccessionStepEntity.MAPPING,
            PartnershipEntity.MAPPING, PrincipleEntity.MAPPING, AttendanceEntity.MAPPING);

    private final Map<String, CountryEntity> countries = new LinkedHashMap<>();
    private final Map<SourceId, SourceEntity> sources = new LinkedHashMap<>();
    private final Map<FactId, MeetingEntity> meetings = new LinkedHashMap<>();

    private EntityMapper() {
    }

    /**
     * The entities for a dataset, in an order that persists every row after the rows it refers to:
     * dataset info, sources, countries (whose names cite sources), meetings, then every other fact, family by family.
     */
    static List<Object> toEntities(ScoDataset data) {
        EntityMapper m = new EntityMapper();
        List<Object> entities = new ArrayList<>();
        entities.add(new DatasetInfoEntity(data.version(), data.checkedThrough()));
        data.sources().forEach(s -> entities.add(m.sources.computeIfAbsent(s.id(), k -> toEntity(s))));
        data.countries().forEach(c -> entities.add(m.countries.computeIfAbsent(c.alpha2(), k -> m.toEntity(c))));
        for (MeetingEntity meeting : MeetingEntity.MAPPING.entities(data, m)) {
            m.meetings.put(FactId.of(meeting.id), meeting);
            entities.add(meeting);
        }
        MAPPINGS.stream().filter(mapping -> mapping.family() != FactFamily.MEETINGS)
                .forEach(mapping -> entities.addAll(mapping.entities(data, m)));
        return entities;
    }

    private CountryEntity toEntity(Country c) {
        CountryEntity e = new CountryEntity(c.alpha2());
        e.alpha3 = c.alpha3();
        e.shortName = c.shortName();
        e.officialName = c.officialName();
        e.aliases = new HashSet<>(c.aliases());
        e.isoNumeric = c.isoNumeric().map(IsoNumericCode::value).orElse(null);
        e.wikidataId = c.wikidataId().map(WikidataId::value).orElse(null);
        e.cowCode = c.cowCode().map(CowStateCode::code).orElse(null);
        e.cowAbbreviation = c.cowCode().map(CowStateCode::abbreviation).orElse(null);
        c.localNames().forEach(n -> e.localNames.add(
                new CountryNameColumns(n.language().toLanguageTag(), n.name(), source(n.source().id()))));
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

    <T extends FactEntity> T cite(T entity, Fact fact) {
        fact.sources().forEach(s -> entity.sources.add(source(s.id())));
        return entity;
    }

    CountryEntity country(Country c) {
        CountryEntity e = countries.get(c.alpha2());
        if (e == null) {
            throw new IllegalStateException("country " + c.alpha2() + " is not among the dataset's countries");
        }
        return e;
    }

    CountryEntity country(Optional<Place> place) {
        return place.map(p -> country(p.country())).orElse(null);
    }

    private SourceEntity source(SourceId id) {
        SourceEntity e = sources.get(id);
        if (e == null) {
            throw new IllegalStateException("source " + id + " is not among the dataset's sources");
        }
        return e;
    }

    MeetingEntity meetingRef(Optional<MeetingRef> ref) {
        return ref.map(i -> {
            MeetingEntity e = meetings.get(i.id());
            if (e == null) {
                throw new IllegalStateException("meeting " + i + " is not among the dataset's meetings");
            }
            return e;
        }).orElse(null);
    }

    // ---- entities to records ----

    static Country toRecord(CountryEntity e) {
        return new Country(e.alpha2, e.alpha3, e.shortName, e.officialName, e.aliases,
                Optional.ofNullable(e.isoNumeric).map(IsoNumericCode::of),
                Optional.ofNullable(e.wikidataId).map(WikidataId::of),
                Optional.ofNullable(e.cowCode).map(code -> CowStateCode.of(code, e.cowAbbreviation)),
                e.localNames.stream().map(n -> CountryName.of(n.language, n.name, toRecord(n.source))).toList());
    }

    static Source toRecord(SourceEntity e) {
        return new Source(SourceId.of(e.id), e.kind, e.title, e.publisher,
                Columns.optionalPartialDate(e.publishedDay, e.publishedPrecision),
                Optional.ofNullable(e.url).map(URI::create), e.note);
    }

    static Fact toRecord(FactEntity e) {
        return e.toRecord();
    }

    static List<Source> sources(FactEntity e) {
        return e.sources.stream().map(EntityMapper::toRecord).toList();
    }

    static Optional<MeetingRef> ref(MeetingEntity meeting) {
        return Optional.ofNullable(meeting).map(m -> MeetingRef.of(m.id));
    }

    static Optional<Place> place(String city, CountryEntity country) {
        if (city == null && country == null) {
            return Optional.empty();
        }
        if (city == null || country == null) {
            throw new IllegalStateException("a stored place lacks its city or its country: " + city + ", "
                    + (country == null ? null : country.alpha2));
        }
        return Optional.of(Place.of(city, toRecord(country)));
    }

    static Optional<WikidataId> wikidataId(FactEntity e) {
        return Optional.ofNullable(e.wikidataId).map(WikidataId::of);
    }
}
