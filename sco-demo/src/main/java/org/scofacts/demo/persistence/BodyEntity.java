package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.scofacts.data.FactFamily;
import org.scofacts.model.Body;
import org.scofacts.model.BodyKind;
import org.scofacts.model.DatePrecision;
import org.scofacts.model.FactId;
import org.scofacts.model.Place;

/** A row of {@code sco_body}: a council, permanent body or non-governmental structure. */
@Entity(name = "Body")
@Table(name = "sco_body")
class BodyEntity extends FactEntity {

    static final EntityMapping<Body, BodyEntity> MAPPING =
            new EntityMapping<>(FactFamily.BODIES, BodyEntity.class, BodyEntity::of);

    @Column(name = "name", nullable = false, length = 500)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    BodyKind kind;

    @Column(name = "seat_city", length = 200)
    String seatCity;

    @ManyToOne
    @JoinColumn(name = "seat_country_alpha2")
    CountryEntity seatCountry;

    @Column(name = "established_day")
    LocalDate establishedDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "established_precision", length = 8)
    DatePrecision establishedPrecision;

    protected BodyEntity() {
    }

    BodyEntity(String id) {
        super(id);
    }

    static BodyEntity of(Body b, EntityMapper mapper) {
        BodyEntity e = new BodyEntity(b.id().value());
        e.name = b.name();
        e.kind = b.kind();
        e.seatCity = b.seat().map(Place::city).orElse(null);
        e.seatCountry = mapper.country(b.seat());
        e.establishedDay = Columns.day(b.established());
        e.establishedPrecision = Columns.precision(b.established());
        return mapper.cite(e, b);
    }

    @Override
    Body toRecord() {
        return new Body(FactId.of(id), name, kind, EntityMapper.place(seatCity, seatCountry),
                Columns.optionalPartialDate(establishedDay, establishedPrecision), EntityMapper.sources(this));
    }
}
