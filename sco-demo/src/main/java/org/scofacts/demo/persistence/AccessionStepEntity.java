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
import org.scofacts.model.AccessionStep;
import org.scofacts.model.AccessionStepKind;
import org.scofacts.model.DatePrecision;
import org.scofacts.model.FactId;
import org.scofacts.model.Place;
import org.scofacts.model.Status;

/** A row of {@code sco_accession_step}: one step of a state's accession, and the meeting that took it. */
@Entity(name = "AccessionStep")
@Table(name = "sco_accession_step")
class AccessionStepEntity extends FactEntity {

    static final EntityMapping<AccessionStep, AccessionStepEntity> MAPPING =
            new EntityMapping<>(FactFamily.ACCESSION_STEPS, AccessionStepEntity.class, AccessionStepEntity::of);

    @ManyToOne(optional = false)
    @JoinColumn(name = "country_alpha2", nullable = false)
    CountryEntity country;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_sought", nullable = false, length = 32)
    Status statusSought;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    AccessionStepKind kind;

    @Column(name = "step_day", nullable = false)
    LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_precision", nullable = false, length = 8)
    DatePrecision precision;

    @Column(name = "city", length = 200)
    String city;

    @ManyToOne
    @JoinColumn(name = "place_country_alpha2")
    CountryEntity placeCountry;

    @ManyToOne
    @JoinColumn(name = "meeting")
    MeetingEntity meeting;

    protected AccessionStepEntity() {
    }

    AccessionStepEntity(String id) {
        super(id);
    }

    static AccessionStepEntity of(AccessionStep s, EntityMapper mapper) {
        AccessionStepEntity e = new AccessionStepEntity(s.id().value());
        e.country = mapper.country(s.country());
        e.statusSought = s.statusSought();
        e.kind = s.kind();
        e.day = s.date().firstDay();
        e.precision = s.date().precision();
        e.city = s.place().map(Place::city).orElse(null);
        e.placeCountry = mapper.country(s.place());
        e.meeting = mapper.meetingRef(s.meeting());
        return mapper.cite(e, s);
    }

    @Override
    AccessionStep toRecord() {
        return new AccessionStep(FactId.of(id), EntityMapper.toRecord(country), statusSought, kind,
                Columns.partialDate(day, precision), EntityMapper.place(city, placeCountry), EntityMapper.ref(meeting),
                EntityMapper.sources(this));
    }
}
