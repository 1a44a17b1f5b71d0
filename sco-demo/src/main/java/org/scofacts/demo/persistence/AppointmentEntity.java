package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;
import org.scofacts.data.FactFamily;
import org.scofacts.model.Appointment;
import org.scofacts.model.FactId;
import org.scofacts.model.Post;
import org.scofacts.model.WikidataId;

/** A row of {@code sco_appointment}: a person holding a post for a term. */
@Entity(name = "Appointment")
@Table(name = "sco_appointment")
class AppointmentEntity extends FactEntity {

    static final EntityMapping<Appointment, AppointmentEntity> MAPPING =
            new EntityMapping<>(FactFamily.APPOINTMENTS, AppointmentEntity.class, AppointmentEntity::of);

    @Enumerated(EnumType.STRING)
    @Column(name = "post", nullable = false, length = 64)
    Post post;

    @Column(name = "holder", nullable = false, length = 300)
    String holder;

    /** The nominating state; null where no source states it. */
    @ManyToOne
    @JoinColumn(name = "nominated_by")
    CountryEntity nominatedBy;

    @Embedded
    DateRangeColumns term;

    protected AppointmentEntity() {
    }

    AppointmentEntity(String id) {
        super(id);
    }

    static AppointmentEntity of(Appointment a, EntityMapper mapper) {
        AppointmentEntity e = new AppointmentEntity(a.id().value());
        e.post = a.post();
        e.holder = a.holder();
        e.nominatedBy = a.nominatedBy().map(mapper::country).orElse(null);
        e.term = DateRangeColumns.of(a.term());
        e.wikidataId = a.holderWikidataId().map(WikidataId::value).orElse(null);
        return mapper.cite(e, a);
    }

    @Override
    Appointment toRecord() {
        return new Appointment(FactId.of(id), post, holder, Optional.ofNullable(nominatedBy).map(EntityMapper::toRecord),
                term.toPeriod(),
                EntityMapper.sources(this), EntityMapper.wikidataId(this));
    }
}
