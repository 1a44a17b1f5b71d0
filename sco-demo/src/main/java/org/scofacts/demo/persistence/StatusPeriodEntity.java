package org.scofacts.demo.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.scofacts.data.FactFamily;
import org.scofacts.model.FactId;
import org.scofacts.model.Status;
import org.scofacts.model.StatusPeriod;

/** A row of {@code sco_status_period}: a country holding a status over a period. */
@Entity(name = "StatusPeriod")
@Table(name = "sco_status_period")
class StatusPeriodEntity extends FactEntity {

    static final EntityMapping<StatusPeriod, StatusPeriodEntity> MAPPING =
            new EntityMapping<>(FactFamily.STATUS_PERIODS, StatusPeriodEntity.class, StatusPeriodEntity::of);

    @ManyToOne(optional = false)
    @JoinColumn(name = "country_alpha2", nullable = false)
    CountryEntity country;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 32)
    Status status;

    @Embedded
    DateRangeColumns period;

    @Column(name = "granted_by", nullable = false, length = 1000)
    String grantedBy;

    @ManyToOne
    @JoinColumn(name = "decided_at")
    MeetingEntity decidedAt;

    protected StatusPeriodEntity() {
    }

    StatusPeriodEntity(String id) {
        super(id);
    }

    static StatusPeriodEntity of(StatusPeriod p, EntityMapper mapper) {
        StatusPeriodEntity e = new StatusPeriodEntity(p.id().value());
        e.country = mapper.country(p.country());
        e.status = p.status();
        e.period = DateRangeColumns.of(p.period());
        e.grantedBy = p.grantedBy();
        e.decidedAt = mapper.meetingRef(p.decidedAt());
        return mapper.cite(e, p);
    }

    @Override
    StatusPeriod toRecord() {
        return new StatusPeriod(FactId.of(id), EntityMapper.toRecord(country), status, period.toPeriod(), grantedBy,
                EntityMapper.ref(decidedAt), EntityMapper.sources(this));
    }
}
